#!/bin/bash
# Start-up cost of `mtm score` (lexicons, emotion tables, analyzer tables, ICU): instructions for one record under
# callgrind (steady on a loaded machine, unlike seconds), then wall/CPU seconds of five plain runs.
# Usage: Benchmarks/startup.sh [MTM_BINARY]   (default: .build/release/mtm, stripped of debug info into /tmp first)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/mtm}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$BIN" "$TMP/mtm" && strip -g "$TMP/mtm"
echo "The agent was great." > "$TMP/one.txt"
# The one record must score as it always has, so a fast wrong start-up cannot pass.
OUT=$("$TMP/mtm" score "$TMP/one.txt")
case "$OUT" in *'"compound":0.6249'*'"emotions":{"joy":0.5}'*) ;; *) echo "unexpected output: $OUT" >&2; exit 1 ;; esac
if command -v valgrind >/dev/null; then
    valgrind --tool=callgrind --callgrind-out-file="$TMP/cg" "$TMP/mtm" score "$TMP/one.txt" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : */instructions (1 record): /p'
    callgrind_annotate --inclusive=yes "$TMP/cg" 2>/dev/null \
        | grep -E 'EmotionLexiconV4load|ValenceLexiconV4load|SentimentAnalyzerV7lexicon' | cut -c1-120 || true
fi
for _ in 1 2 3 4 5; do /usr/bin/time -f "%e s wall, %U s user, %S s sys" "$TMP/mtm" score "$TMP/one.txt" 2>&1 >/dev/null; done
