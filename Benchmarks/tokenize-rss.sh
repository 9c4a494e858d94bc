#!/bin/sh
# Text-stage memory on a stream: `mtm tokenize` (release) over 100,000 and then 1,000,000 records (one per line: the
# four ICWSM-2014 ground-truth corpora's texts from ../shared/corpora, cycled), with peak RSS from /usr/bin/time.
# Each run must write one JSON line per record. Goal: memory flat, the same peak for ten times the records.
#   swift build -c release --product mtm
#   Benchmarks/tokenize-rss.sh [path/to/mtm] [corpora dir]
set -eu
MTM=${1:-.build/release/mtm}
CORPORA=${2:-$(dirname "$0")/../../shared/corpora}
GT="$CORPORA/vader_icwsm2014/ground_truth"
[ -d "$GT" ] || { echo "skip: $GT not found"; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for N in 100000 1000000; do
    python3 - "$GT" "$N" "$WORK/records.txt" <<'PY'
import glob, itertools, sys
gt, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for path in sorted(glob.glob(f"{gt}/*_GroundTruth.txt")):
    with open(path, encoding="utf-8", newline="") as f:
        texts += [line.rstrip("\r").split("\t", 2)[2] for line in f.read().split("\n") if line.strip()]
with open(out, "w", encoding="utf-8") as f:
    for text in itertools.islice(itertools.cycle(texts), n):
        f.write(text + "\n")
PY
    LINES=$(/usr/bin/time -f "%M %e" -o "$WORK/time" "$MTM" tokenize "$WORK/records.txt" | wc -l)
    [ "$LINES" -eq "$N" ] || { echo "tokenize wrote $LINES lines for $N records"; exit 1; }
    read -r RSS WALL < "$WORK/time"
    printf 'mtm tokenize, %7d records (%d MB): peak RSS %d MB, %s s\n' "$N" $(($(wc -c < "$WORK/records.txt") / 1000000)) \
        $((RSS / 1024)) "$WALL"
done
