#!/usr/bin/env python3
"""Run mtm on Spark: shard the input, map each shard to an mtm partial, merge the partials, rank.

    spark-submit Scripts/spark/mtm_spark.py reviews.jsonl --taxonomy hotel --out report
    python3 Scripts/spark/mtm_spark.py reviews.jsonl --taxonomy hotel --out report --partitions 8   # local mode

Each Spark partition is written to a JSONL file on the executor, `mtm analyze FILE --partial-out PART.json` runs on
it (mapPartitionsWithIndex, so one mtm process per partition), and the partial's text comes back to the driver.
The driver writes the partials to OUT/partials/, then runs `mtm merge OUT/partials --out OUT` and
`mtm rank OUT --out OUT`. Merging is exact and order-free, so the result is byte-identical to one
`mtm analyze --partial-out` over the whole input, whatever the number of partitions.

Input: JSON Lines (one record per line, the record fields of Docs/architecture: id, text, rating, ...), so Spark
can split it anywhere. Convert CSV first (`mtm` reads both) or use `--input-format csv --header` style options of
your own pipeline; one-record-per-line is the only requirement.

The `mtm` binary must be on every executor's PATH (or pass --mtm /path/to/mtm, which must exist on each executor).
`--analyze-arg` passes extra arguments to `mtm analyze` (repeatable), e.g. `--analyze-arg=--strict`.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def analyze_partition(mtm, taxonomy, extra):
    """Returns the function Spark runs on each partition: lines in, one partial JSON text out."""

    def run(index, lines):
        work = tempfile.mkdtemp(prefix=f"mtm-part-{index}-")
        try:
            records = os.path.join(work, f"part-{index:05d}.jsonl")
            count = 0
            with open(records, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write(line if line.endswith("\n") else line + "\n")
                    count += 1
            if count == 0:
                return  # an empty partition contributes nothing (an empty partial would merge as identity)
            partial = os.path.join(work, "partial.json")
            cmd = [mtm, "analyze", records, "--out", os.path.join(work, "out"), "--partial-out", partial]
            if taxonomy:
                cmd += ["--taxonomy", taxonomy]
            cmd += extra
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"partition {index}: {' '.join(cmd)} exited {done.returncode}:\n{done.stderr}")
            with open(partial, encoding="utf-8") as f:
                yield (index, f.read())
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSON Lines file (local path or any URI Spark reads: hdfs://, s3a://, ...)")
    ap.add_argument("--out", required=True, help="output directory on the driver")
    ap.add_argument("--taxonomy", help="mtm taxonomy name or path (passed to mtm analyze)")
    ap.add_argument("--partitions", type=int, default=4, help="number of shards (default 4)")
    ap.add_argument("--mtm", default="mtm", help="mtm binary on the executors (default: mtm on PATH)")
    ap.add_argument("--analyze-arg", action="append", default=[], help="extra argument for mtm analyze")
    ap.add_argument("--master", default=None, help="Spark master (default: local[*] unless spark-submit sets it)")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession  # imported here so --help works without pyspark

    builder = SparkSession.builder.appName("mtm")
    if args.master or not os.environ.get("SPARK_ENV_LOADED"):
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    try:
        lines = spark.sparkContext.textFile(args.input).repartition(args.partitions)
        partials = (lines.mapPartitionsWithIndex(analyze_partition(args.mtm, args.taxonomy, args.analyze_arg))
                    .collect())
    finally:
        spark.stop()

    shard_dir = os.path.join(args.out, "partials")
    os.makedirs(shard_dir, exist_ok=True)
    for index, text in sorted(partials):
        with open(os.path.join(shard_dir, f"part-{index:05d}.json"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"mtm_spark: {len(partials)} partials in {shard_dir}", file=sys.stderr)
    subprocess.run([args.mtm, "merge", shard_dir, "--out", args.out], check=True)
    subprocess.run([args.mtm, "rank", args.out, "--out", args.out], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
