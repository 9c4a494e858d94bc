#!/usr/bin/env bash
# Benchmark of `mtm analyze` on ≥ 100 MB of reviews: the bundled clothing export repeated (header once, row ids
# made unique per copy) until SIZE_MB is reached, then `mtm analyze --jobs 1` and `--jobs 2` timed with
# /usr/bin/time -v. Reports records/s, MB/s and peak RSS, and fails unless every run reads every record
# (read = 5000 × copies) and the two runs write identical summary.json files.
#
#   Benchmarks/analyze-bench.sh            # 100 MB, release build of mtm (built if missing)
#   SIZE_MB=20 Benchmarks/analyze-bench.sh # a quicker run
#   JOBS=2 Benchmarks/analyze-bench.sh     # only --jobs 2 (the 1-vs-2 comparison is skipped)
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=${SIZE_MB:-100}
jobs_list=${JOBS:-1 2}
bin=${MTM_BINARY:-$(swift build -c release --show-bin-path)/mtm}
[ -x "$bin" ] || swift build -c release --product mtm
corpus=Corpora/clothing-reviews/reviews.csv
records_per_copy=5000
work=$(mktemp -d "${TMPDIR:-/tmp}/mtm-analyze-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Build the input: copy k gets row ids prefixed with k so ids stay unique.
python3 - "$corpus" "$work/reviews.csv" "$size_mb" <<'PY'
import csv, sys
src, dst, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
with open(src, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
target = size_mb * 1024 * 1024
copies = 0
with open(dst, "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(header)
    while out.tell() < target:
        copies += 1
        for r in data:
            w.writerow([f"{copies}-{r[0]}"] + r[1:])
print(copies, file=open(dst + ".copies", "w"))
PY
copies=$(cat "$work/reviews.csv.copies")
expected=$((copies * records_per_copy))
bytes=$(stat -c %s "$work/reviews.csv")
echo "analyze-bench: $(awk "BEGIN{printf \"%.1f\", $bytes/1048576}") MB, $copies copies, $expected records; load average $(cut -d' ' -f1-3 /proc/loadavg)"

for jobs in $jobs_list; do
  out="$work/out-$jobs"
  /usr/bin/time -v "$bin" analyze "$work/reviews.csv" --taxonomy ecommerce --out "$out" \
      --segment-column "Department Name" --jobs "$jobs" --quiet 2> "$work/time-$jobs.txt"
  read=$(python3 -c "import json,sys; print(json.load(open('$out/summary.json'))['counts']['read'])")
  if [ "$read" != "$expected" ]; then echo "analyze-bench: --jobs $jobs read $read records, expected $expected"; exit 1; fi
  wall=$(grep "Elapsed (wall clock)" "$work/time-$jobs.txt" | awk '{print $NF}')
  seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time-$jobs.txt" | awk '{print $NF}')
  awk -v j="$jobs" -v s="$seconds" -v n="$expected" -v b="$bytes" -v r="$rss" 'BEGIN {
    printf "analyze-bench: --jobs %d  %.1f s  %.0f records/s  %.2f MB/s  peak RSS %.0f MB\n", j, s, n/s, b/1048576/s, r/1024 }'
done
if [ "$jobs_list" != "1 2" ]; then echo "analyze-bench: ok"; exit 0; fi
cmp -s "$work/out-1/summary.json" "$work/out-2/summary.json" || { echo "analyze-bench: --jobs 1 and 2 differ"; exit 1; }
for f in mtm.xlsx records.csv mentions.csv; do
  cmp -s "$work/out-1/$f" "$work/out-2/$f" || { echo "analyze-bench: $f differs between --jobs 1 and 2"; exit 1; }
done
echo "analyze-bench: ok (same output for --jobs 1 and 2)"
