#!/usr/bin/env bash
# Writes a red-team round's prompt for a helper session: mk.sh rNNN "THEME".
# RT_BASE=base-formats.md asks for office documents, PDFs, e-mails and archives instead of text.
# The prompt is $RT_PROMPTS/prNNN.md (default /tmp/rtprompt); the helper writes its files under
# $RT_ROUNDS/rNNN/{personal,clean} (default /tmp/rt). Give the helper: "Read the file
# /tmp/rtprompt/prNNN.md and carry out exactly what it says."
set -euo pipefail
round=$1; theme=$2
here=$(cd "$(dirname "$0")" && pwd)
prompts=${RT_PROMPTS:-/tmp/rtprompt}; rounds=${RT_ROUNDS:-/tmp/rt}
mkdir -p "$prompts" "$rounds/$round/personal" "$rounds/$round/clean"
sed -e "s|/tmp/rt/ROUND|$rounds/$round|g" -e "s|ROUND|$round|g" -e "s|THEME|$theme|g" "$here/${RT_BASE:-base.md}" > "$prompts/p$round.md"
echo "$prompts/p$round.md"
