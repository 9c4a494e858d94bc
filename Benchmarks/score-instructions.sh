#!/bin/sh
# Instruction counts of `mtm score` (callgrind): start-up, and the cost of one record on the benchmark mix.
#
# Wall-clock rates on a shared or virtual machine move by 1.5–2× from run to run; instruction counts move by less
# than 0.2%, so they are the figure to compare two builds by. This script runs `mtm score` under callgrind on one
# record (start-up: process, lexicons, tables) and on the first N lines of the score-vs-vader mix, each asserting
# its record count, and prints start-up, instructions per record and the projected total for 50,000 records.
# Needs valgrind (apt-get install valgrind).
#
#   swift build -c release --product mtm
#   Benchmarks/score-instructions.sh [path/to/mtm] [corpora dir] [N, default 5000] [extra mtm score options...]
set -eu
MTM=${1:-.build/release/mtm}
CORPORA=${2:-$(dirname "$0")/../../shared/corpora}
N=${3:-5000}
[ $# -gt 3 ] && shift 3 || set --
GT="$CORPORA/vader_icwsm2014/ground_truth"
[ -d "$GT" ] || { echo "skip: $GT not found"; exit 0; }
command -v valgrind > /dev/null || { echo "skip: valgrind not installed"; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$(dirname "$0")/score-mix.py" "$GT" "$N" "$WORK/mix.txt"
echo "The agent was great." > "$WORK/one.txt"
# Valgrind cannot read the debug information of Swift release binaries; a copy without it runs the same code.
cp "$MTM" "$WORK/mtm"
strip -g "$WORK/mtm"
# Fixed hash seeds, so that two runs of one build count the same.
count() {
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/cg" "$WORK/mtm" score "$@" \
        > "$WORK/out.jsonl" 2> "$WORK/vg"
    sed -n 's/.*Collected : //p' "$WORK/vg"
}
ONE=$(count "$@" "$WORK/one.txt")
[ "$(wc -l < "$WORK/out.jsonl")" -eq 1 ] || { echo "one-record run wrote $(wc -l < "$WORK/out.jsonl") lines"; exit 1; }
ALL=$(count "$@" "$WORK/mix.txt")
[ "$(wc -l < "$WORK/out.jsonl")" -eq "$N" ] || { echo "scored $(wc -l < "$WORK/out.jsonl") records, expected $N"; exit 1; }
python3 -c "
one, total, n = $ONE, $ALL, $N
per = (total - one) / (n - 1)
print(('mtm score $*' if '$*' else 'mtm score') + ': start-up %.1f M instructions, %.0f per record (%d records: %.1f M); 50,000 records: %.2f G'
      % (one / 1e6, per, n, total / 1e6, (one + 50000 * per) / 1e9))"
