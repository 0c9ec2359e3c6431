#!/usr/bin/env bash
# make bench: engine throughput (1 core, all cores) against ripgrep on the same patterns.
set -euo pipefail
dir=${1:-.bench}; mb=${2:-256}
bin=.build/release/stickler
export STICKLER_STATE_DIR=$dir/state
corpus=$dir/corpus-${mb}mb
if [ ! -f "$corpus/.done" ]; then
  echo "generating ${mb} MB of mixed synthetic text in $corpus (once)..."
  rm -rf "$corpus"; $bin generate corpus "$corpus" --megabytes "$mb" --files 16 >/dev/null
  touch "$corpus/.done"
fi
$bin rules export --regex > "$dir/patterns.txt"
cat "$corpus"/*.txt > /dev/null   # warm the page cache
cores=$(nproc)
bytes=$(cat "$corpus"/*.txt | wc -c)

# best of three wall-clock runs
measure() { local best=999999; for i in 1 2 3; do
  local s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; local e=$(date +%s.%N)
  best=$(echo "$e - $s" | bc -l | awk -v b=$best '{print ($1<b)?$1:b}'); done; echo $best; }

t1=$(measure $bin scan --jobs 1 --quiet --format jsonl "$corpus")
tn=$(measure $bin scan --jobs "$cores" --quiet --format jsonl "$corpus")
r1=$(measure rg -j 1 --no-unicode -c -f "$dir/patterns.txt" "$corpus")
rn=$(measure rg -j "$cores" --no-unicode -c -f "$dir/patterns.txt" "$corpus")
findings=$($bin scan --jobs "$cores" --quiet --format jsonl "$corpus" | tail -1)
rate() { echo "$bytes / $1 / 1000000" | bc -l | xargs printf '%.0f'; }
printf '\nCorpus: %s MB of mixed text in 16 files, %d detectors exported to ripgrep (%s)\n' \
  "$((bytes/1000000))" "$(wc -l < "$dir/patterns.txt")" "$(rg --version | head -1)"
printf '%-44s %10s %10s\n' "engine" "seconds" "MB/s"
printf '%-44s %10.2f %10s\n' "stickler scan, 1 job (validation + context)" "$t1" "$(rate $t1)"
printf '%-44s %10.2f %10s\n' "stickler scan, $cores jobs" "$tn" "$(rate $tn)"
printf '%-44s %10.2f %10s\n' "rg -f patterns (no validation), 1 thread" "$r1" "$(rate $r1)"
printf '%-44s %10.2f %10s\n' "rg -f patterns (no validation), $cores threads" "$rn" "$(rate $rn)"
printf 'ratio stickler/rg: 1 core %.2fx, all cores %.2fx\n' "$(echo "$r1 / $t1" | bc -l)" "$(echo "$rn / $tn" | bc -l)"
echo "stickler summary: $findings"
