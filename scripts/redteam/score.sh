#!/usr/bin/env bash
# Scores red-team rounds: a personal file counts as found when the scan reports at least one
# finding (default confidence), a clean file as quiet when it reports none. Lists every miss.
#   RULES=Rules bash scripts/redteam/score.sh .build/release/stickler 'r16[2-8][0-9]'
set -uo pipefail
bin=$1; pattern=$2
rounds=${RT_ROUNDS:-/tmp/rt}
export STICKLER_STATE_DIR=${STICKLER_STATE_DIR:-$rounds/state}
rules=()
[ -n "${RULES:-}" ] && rules=(--rules "$RULES")
findings() { "$bin" scan "${rules[@]}" --quiet --format jsonl "$1" 2>/dev/null | tail -1 | sed -E 's/.*"findings":([0-9]+).*/\1/'; }
found=0; personal=0; quiet=0; clean=0
for round in "$rounds"/$pattern/; do
  round=${round%/}
  for file in "$round"/personal/*; do
    [ -f "$file" ] || continue; personal=$((personal + 1))
    n=$(findings "$file"); if [ "${n:-0}" -gt 0 ]; then found=$((found + 1)); else echo "MISS personal $file"; fi
  done
  for file in "$round"/clean/*; do
    [ -f "$file" ] || continue; clean=$((clean + 1))
    n=$(findings "$file"); if [ "${n:-0}" -eq 0 ]; then quiet=$((quiet + 1)); else echo "FALSE clean $file ($n)"; fi
  done
done
echo "personal $found/$personal clean $quiet/$clean"
