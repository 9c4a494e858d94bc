#!/bin/sh
# Ingest memory benchmark: generates a CSV of at least SIZE_MB MiB (default 1024) in /tmp with a fixed, known number
# of rows (quoted fields with commas, doubled quotes and embedded newlines, ratings, dates), reads it with
# `mtm-bench ingest` (release build) and reports peak RSS from /usr/bin/time -v. The run fails unless every row is
# read as a record. Goal: peak RSS under 200 MB, independent of file size.
#   Benchmarks/ingest-rss.sh [SIZE_MB]
set -eu
SIZE_MB=${1:-1024}
FILE=/tmp/mtm-ingest-bench-${SIZE_MB}.csv
cd "$(dirname "$0")/.."
ROWS=$(python3 - "$FILE" "$SIZE_MB" <<'PY'
import sys, random
path, size_mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
words = "the check in was slow but staff were kind room clean breakfast cold app crashed twice refund quick".split()
target = size_mb * 1024 * 1024
rows = 0
with open(path, "w", newline="") as f:
    f.write("id,Title,Review Text,Rating,Date,Channel\r\n")
    written = 0
    block = []
    for i in range(200000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(20, 120)))
        if i % 7 == 0: text += ', "quoted" and\nsecond line'
        block.append('%d,Title %d,"%s",%d,2024-%02d-%02d,%s\r\n' % (i, i, text.replace('"', '""'), 1 + i % 5, 1 + i % 12, 1 + i % 28, ("app", "web", "store")[i % 3]))
    chunk = "".join(block)
    per = len(block)
    while written < target:
        f.write(chunk)
        written += len(chunk.encode())
        rows += per
print(rows)
PY
)
echo "generated $FILE: $(du -m "$FILE" | cut -f1) MiB, $ROWS rows"
swift build -c release --product mtm-bench >/dev/null
/usr/bin/time -v .build/release/mtm-bench ingest "$FILE" --expect "$ROWS" 2>/tmp/mtm-ingest-bench.time
grep -E "Maximum resident set size|Elapsed \(wall clock\)" /tmp/mtm-ingest-bench.time
rm -f "$FILE"
