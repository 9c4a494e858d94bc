"""The benchmark input of `mtm score`: ICWSM-2014 Amazon and movie-review snippets (../shared/corpora; third-party
texts, not shipped), interleaved and cycled to N lines, one record per line.

    python3 Benchmarks/score-mix.py GROUND_TRUTH_DIR N OUT
"""
import itertools
import sys


def texts(gt, name):
    rows = []
    with open(f"{gt}/{name}_GroundTruth.txt", encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            line = line.rstrip("\r")
            if line:
                rows.append(line.split("\t", 2)[2])
    return rows


def main():
    gt, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    amazon, movie = texts(gt, "amazonReviewSnippets"), texts(gt, "movieReviewSnippets")
    mixed = [t for pair in itertools.zip_longest(amazon, movie) for t in pair if t is not None]
    with open(out, "w", encoding="utf-8") as f:
        for t in itertools.islice(itertools.cycle(mixed), n):
            f.write(t + "\n")


if __name__ == "__main__":
    main()
