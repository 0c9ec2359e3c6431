#!/usr/bin/env bash
# make bench: engine throughput (1 core, all cores) against ripgrep on the same patterns,
# on two generated corpora: "mixed" (2% of text blocks are documents with personal data,
# the rest lesson prose, timetables and reading lists full of digits), "dense" (12%) and
# "clean" (the same school text with no personal data at all).
set -euo pipefail
dir=${1:-.bench}; mb=${2:-256}
bin=.build/release/stickler
export STICKLER_STATE_DIR=$dir/state
mkdir -p "$dir"
$bin rules export --regex > "$dir/patterns.txt"
cores=$(nproc)

# best of three wall-clock runs (whole process: start-up included); a tool that fails (exit
# status 2 or more: 1 means "found") stops the benchmark instead of timing an error
measure() { local best=999999; for i in 1 2 3; do
  local s=$(date +%s.%N) rc=0; "$@" > /dev/null 2>/tmp/stickler-bench-err || rc=$?; local e=$(date +%s.%N)
  if [ "$rc" -ge 2 ]; then echo "bench: '$*' failed (exit $rc): $(head -c 300 /tmp/stickler-bench-err)" >&2; exit 1; fi
  best=$(echo "$e - $s" | bc -l | awk -v b=$best '{print ($1<b)?$1:b}'); done; echo $best; }
rate() { echo "$1 / $2 / 1000000" | bc -l | xargs printf '%.0f'; }

run_corpus() {
  local name=$1 size=$2 share=$3
  local corpus=$dir/corpus-$name-${size}mb
  if [ ! -f "$corpus/.done" ]; then
    echo "generating $size MB '$name' corpus in $corpus (once)..."
    rm -rf "$corpus"; $bin generate corpus "$corpus" --megabytes "$size" --files 16 --personal-share "$share" >/dev/null
    touch "$corpus/.done"
  fi
  cat "$corpus"/*.txt > /dev/null   # warm the page cache
  local bytes; bytes=$(cat "$corpus"/*.txt | wc -c)
  local t1 tn r1 rn summary findings
  t1=$(measure $bin scan --jobs 1 --quiet --format jsonl "$corpus")
  tn=$(measure $bin scan --jobs "$cores" --quiet --format jsonl "$corpus")
  r1=$(measure rg -j 1 --no-unicode -c -f "$dir/patterns.txt" "$corpus")
  rn=$(measure rg -j "$cores" --no-unicode -c -f "$dir/patterns.txt" "$corpus")
  summary=$( ($bin scan --jobs "$cores" --quiet --format jsonl "$corpus" || true) | tail -1)
  findings=$(echo "$summary" | sed -E 's/.*"findings":([0-9]+).*/\1/')
  printf '\n%s corpus: %d MB in 16 files, %d findings (%d per MB); %d patterns exported to %s\n' \
    "$name" "$((bytes/1000000))" "$findings" "$((findings*1000000/bytes))" "$(wc -l < "$dir/patterns.txt")" "$(rg --version | sed -n 1p)"
  printf '  %-46s %8s %8s\n' "" "seconds" "MB/s"
  printf '  %-46s %8.2f %8s\n' "stickler scan, 1 job (validation + context)" "$t1" "$(rate $bytes $t1)"
  printf '  %-46s %8.2f %8s\n' "stickler scan, $cores jobs" "$tn" "$(rate $bytes $tn)"
  printf '  %-46s %8.2f %8s\n' "rg -f patterns (no validation), 1 thread" "$r1" "$(rate $bytes $r1)"
  printf '  %-46s %8.2f %8s\n' "rg -f patterns (no validation), $cores threads" "$rn" "$(rate $bytes $rn)"
  printf '  stickler vs rg: %.2fx faster on 1 core, %.2fx with all cores\n' "$(echo "$r1 / $t1" | bc -l)" "$(echo "$rn / $tn" | bc -l)"
}

run_corpus mixed "$mb" 0.02
run_corpus dense "$mb" 0.12
run_corpus clean "$mb" 0

# Documents: a mixed corpus (docx, xlsx, pdf, zip, eml, csv) through the extractors.
# (v2: PDFs laid out on their pages, with photographs; v1's text ran off the page edge.)
docs=$dir/documents-${DOC_MB:-200}mb-v2
if [ ! -f "$docs/.done" ]; then
  echo; echo "generating ~${DOC_MB:-200} MB of documents in $docs (once)..."
  rm -rf "$docs"; $bin generate documents "$docs" --megabytes "${DOC_MB:-200}" >/dev/null
  touch "$docs/.done"
fi
cat "$docs"/* > /dev/null
input=$(cat "$docs"/* | wc -c)
nfiles=$(ls "$docs" | wc -l)
# Text scanned: the bytes of scanned documents (container records carry a reason).
text=$($bin scan --jobs "$cores" --quiet --format jsonl "$docs" | grep '"type":"file"' | grep '"status":"scanned"' \
  | grep -v '"reason"' | sed 's/.*"bytes":\([0-9]*\).*/\1/' | paste -sd+ | bc || true)
peak() { (/usr/bin/time -f %M "$@" 2>&1 >/dev/null || true) | tail -1; }
d1=$(measure $bin scan --jobs 1 --quiet --format jsonl "$docs")
dn=$(measure $bin scan --jobs "$cores" --quiet --format jsonl "$docs")
rss1=$(peak $bin scan --jobs 1 --quiet --format jsonl "$docs")
rssn=$(peak $bin scan --jobs "$cores" --quiet --format jsonl "$docs")
drate() { echo "$1 / $2 / 1000000" | bc -l | xargs printf '%.0f'; }
printf '\nDocuments: %s files, %s MB input, %s MB text (docx, xlsx, pdf, zip, eml, csv)\n' "$nfiles" "$((input/1000000))" "$((text/1000000))"
printf '%-22s %8s %9s %10s %10s %12s\n' "stickler scan" "seconds" "files/s" "input MB/s" "text MB/s" "peak RSS MB"
printf '%-22s %8.2f %9.0f %10s %10s %12s\n' "1 job" "$d1" "$(echo "$nfiles / $d1" | bc -l)" "$(drate $input $d1)" "$(drate $text $d1)" "$((rss1/1024))"
printf '%-22s %8.2f %9.0f %10s %10s %12s\n' "$cores jobs" "$dn" "$(echo "$nfiles / $dn" | bc -l)" "$(drate $input $dn)" "$(drate $text $dn)" "$((rssn/1024))"

# Extraction alone: the same documents against one detector that never matches, so the
# figure leaves out finding, validating and reporting the corpus's ~3 million findings.
none=$dir/rules-extraction-only
mkdir -p "$none"
cat > "$none/never.yaml" <<'YAML'
pack: extraction-only
version: 1
detectors:
  - id: never
    name: Never matches (measures extraction alone)
    category: identifier
    pattern: 'QZXQ[0-9]{12}QZXQ'
    triggers: ['QZXQ']
    examples:
      match: ["QZXQ123456789012QZXQ"]
YAML
e1=$(measure $bin scan --jobs 1 --quiet --format jsonl --rules "$none" "$docs")
en=$(measure $bin scan --jobs "$cores" --quiet --format jsonl --rules "$none" "$docs")
printf '%-22s %8.2f %9.0f %10s %10s %12s\n' "extraction, 1 job" "$e1" "$(echo "$nfiles / $e1" | bc -l)" "$(drate $input $e1)" "$(drate $text $e1)" "-"
printf '%-22s %8.2f %9.0f %10s %10s %12s\n' "extraction, $cores jobs" "$en" "$(echo "$nfiles / $en" | bc -l)" "$(drate $input $en)" "$(drate $text $en)" "-"

# By kind, all cores: where the time goes.
printf '\n%-22s %8s %10s %10s %12s %12s\n' "documents by kind" "files" "input MB" "findings" "input MB/s" "extraction"
for kind in docx xlsx pdf zip eml csv; do
  sub=$docs-kinds/$kind
  if [ ! -d "$sub" ]; then mkdir -p "$sub"; ln "$docs"/*."$kind" "$sub"/ 2>/dev/null || cp "$docs"/*."$kind" "$sub"/; fi
  kbytes=$(cat "$sub"/* | wc -c)
  s=$(date +%s.%N); kfind=$( ($bin scan --jobs "$cores" --quiet --format jsonl "$sub" || true) | tail -1 | sed -E 's/.*"findings":([0-9]+).*/\1/'); e=$(date +%s.%N)
  kext=$(measure $bin scan --jobs "$cores" --quiet --format jsonl --rules "$none" "$sub")
  printf '%-22s %8s %10s %10s %12s %12s\n' "$kind" "$(ls "$sub" | wc -l)" "$((kbytes/1000000))" "$kfind" "$(drate $kbytes $(echo "$e - $s" | bc -l))" "$(drate $kbytes $kext)"
done
