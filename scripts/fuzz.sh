#!/usr/bin/env bash
# Builds the libFuzzer harness (fuzz/Harness.swift) with the SticklerCore and
# SticklerExtraction sources in one module (SwiftPM cannot link a fuzzer executable on
# this toolchain, see TESTBED.md section 8), seeds a corpus per extractor from
# `stickler generate formats`, and runs each extractor for FUZZ_SECONDS.
# Usage: scripts/fuzz.sh [seconds per target] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}; shift || true
TARGETS=${*:-"xml rtf json markup email cfb xls pdf zip archive any"}
OUT=.fuzz
mkdir -p $OUT/src $OUT/crashes
rm -f $OUT/src/*.swift
for f in Sources/SticklerCore/*.swift Sources/SticklerExtraction/*.swift; do
  sed -e '/^import SticklerCore$/d' "$f" > "$OUT/src/$(basename "$(dirname "$f")")-$(basename "$f")"
done
FLAGS=$(pkg-config --cflags poppler-glib libarchive | sed 's/-I/-Xcc -I/g')
LIBS=$(pkg-config --libs poppler-glib libarchive)
if [ ! -x $OUT/harness ] || [ -n "$(find Sources/SticklerExtraction Sources/SticklerCore fuzz -newer $OUT/harness -name '*.swift')" ]; then
  echo "building $OUT/harness"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name FuzzExtraction \
    -I Sources/CArchive -I Sources/CPoppler $FLAGS $OUT/src/*.swift fuzz/Harness.swift $LIBS -o $OUT/harness 2>&1 \
    | grep -v "Cannot export local symbol" || true
fi
# Seeds: one file of every format, sorted by which extractor reads it.
STICKLER=.build/debug/stickler
[ -x $STICKLER ] || swift build
rm -rf $OUT/samples && $STICKLER generate formats $OUT/samples > /dev/null
rm -f $OUT/samples/bomb.zip $OUT/samples/container.hc
mkdir -p $OUT/corpus
for t in xml rtf json markup email cfb xls pdf zip archive any; do mkdir -p $OUT/corpus/$t; done
printf '{"pupils": [{"nhsNumber": "9434765919", "name": "A \\u00e9", "year": 7, "ok": true}]}' > $OUT/corpus/json/seed.json
cp $OUT/samples/lol.xml $OUT/corpus/xml/; unzip -o -q -d $OUT/corpus/xml/docx $OUT/samples/letter.docx 2>/dev/null || true
find $OUT/corpus/xml/docx -type f -exec mv {} $OUT/corpus/xml/ \; 2>/dev/null || true; rm -rf $OUT/corpus/xml/docx
cp $OUT/samples/note.rtf $OUT/corpus/rtf/
cp $OUT/samples/page.html $OUT/samples/lol.xml $OUT/samples/transfer.xml $OUT/corpus/markup/
cp $OUT/samples/referral.eml $OUT/samples/inbox.mbox $OUT/corpus/email/
cp $OUT/samples/outlook.msg $OUT/samples/legacy.doc $OUT/samples/legacy.xls $OUT/samples/protected.xlsx $OUT/corpus/cfb/
cp $OUT/samples/legacy.xls $OUT/corpus/xls/
cp $OUT/samples/report.pdf $OUT/corpus/pdf/
cp $OUT/samples/*.docx $OUT/samples/*.xlsx $OUT/samples/*.pptx $OUT/samples/*.od? $OUT/samples/*.zip $OUT/corpus/zip/ 2>/dev/null || true
cp $OUT/samples/*.gz $OUT/corpus/archive/
cp $OUT/samples/* $OUT/corpus/any/
# SWIFT_BACKTRACE=enable=no: the Swift runtime's backtracer can hang a crashed process under ASan.
for t in $TARGETS; do
  echo "== fuzzing $t for ${SECONDS_EACH}s"
  STICKLER_FUZZ_TARGET=$t SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $OUT/harness -max_total_time=$SECONDS_EACH -max_len=262144 \
    -rss_limit_mb=2048 -timeout=30 -artifact_prefix=$OUT/crashes/$t- -print_final_stats=1 $OUT/corpus/$t 2>&1 \
    | grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|ERROR|SUMMARY|crash-|Test unit written" | tail -5
done
ls $OUT/crashes | head
