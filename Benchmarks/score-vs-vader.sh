#!/bin/sh
# Sentiment scoring throughput: `mtm score` (release) vs vaderSentiment 3.3.2 on one core, same input, same run.
#
# Input: a 50,000-sentence mix of the ICWSM-2014 Amazon and movie-review snippets (../shared/corpora; third-party
# texts, not shipped), amazon and movie lines interleaved and cycled to 50,000 lines, one record per line.
# Each side must score exactly 50,000 records (a fast wrong answer fails).
#
#   swift build -c release --product mtm
#   Benchmarks/score-vs-vader.sh [path/to/mtm] [corpora dir]
set -eu
MTM=${1:-.build/release/mtm}
CORPORA=${2:-$(dirname "$0")/../../shared/corpora}
GT="$CORPORA/vader_icwsm2014/ground_truth"
N=50000
[ -d "$GT" ] || { echo "skip: $GT not found"; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$GT" "$N" "$WORK/mix.txt" <<'PY'
import itertools, sys
gt, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def texts(name):
    rows = []
    with open(f"{gt}/{name}_GroundTruth.txt", encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            line = line.rstrip("\r")
            if line:
                rows.append(line.split("\t", 2)[2])
    return rows
amazon, movie = texts("amazonReviewSnippets"), texts("movieReviewSnippets")
mixed = [t for pair in itertools.zip_longest(amazon, movie) for t in pair if t is not None]
with open(out, "w", encoding="utf-8") as f:
    for t in itertools.islice(itertools.cycle(mixed), n):
        f.write(t + "\n")
PY
BYTES=$(wc -c < "$WORK/mix.txt")
echo "input: $N sentences, $BYTES bytes"

rate() { python3 -c "import sys; n,b,s=map(float,sys.argv[1:]); print('%8.0f sentences/s  %6.2f MB/s  (%.2f s)' % (n/s, b/s/1e6, s))" "$@"; }
now() { python3 -c 'import time; print(time.perf_counter())'; }

t0=$(now); taskset -c 0 "$MTM" score "$WORK/mix.txt" > "$WORK/mtm.jsonl"; t1=$(now)
COUNT=$(wc -l < "$WORK/mtm.jsonl")
[ "$COUNT" -eq "$N" ] || { echo "mtm scored $COUNT records, expected $N"; exit 1; }
MTM_S=$(python3 -c "print($t1 - $t0)")
printf 'mtm score (1 core):        '; rate "$N" "$BYTES" "$MTM_S"

t0=$(now); "$MTM" score --jobs 2 "$WORK/mix.txt" > "$WORK/mtm2.jsonl"; t1=$(now)
cmp -s "$WORK/mtm.jsonl" "$WORK/mtm2.jsonl" || { echo "--jobs 2 output differs from --jobs 1"; exit 1; }
MTM2_S=$(python3 -c "print($t1 - $t0)")
printf 'mtm score --jobs 2:        '; rate "$N" "$BYTES" "$MTM2_S"

t0=$(now); "$MTM" score --model vader "$WORK/mix.txt" > "$WORK/vader-port.jsonl"; t1=$(now)
printf 'mtm score --model vader:   '; rate "$N" "$BYTES" "$(python3 -c "print($t1 - $t0)")"

VADER_S=$(taskset -c 0 python3 - "$WORK/mix.txt" "$N" <<'PY'
import sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer()
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
assert len(lines) == int(sys.argv[2]), len(lines)
t0 = time.perf_counter()
scores = [analyzer.polarity_scores(t)["compound"] for t in lines]
print(time.perf_counter() - t0)
PY
)
printf 'vaderSentiment (1 core):   '; rate "$N" "$BYTES" "$VADER_S"
python3 -c "print('speed-up, 1 core: %.1fx   2 jobs: %.1fx' % ($VADER_S / $MTM_S, $VADER_S / $MTM2_S))"
