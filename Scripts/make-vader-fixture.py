#!/usr/bin/env python3
"""Writes the VADER compatibility fixture: vaderSentiment 3.3.2's compound for every sentence of the four
ICWSM-2014 ground-truth corpora, keyed by corpus and id. The texts are third-party and are NOT written; the Swift
test reads them from ../shared/corpora at test time.

    pip install vaderSentiment==3.3.2
    python3 Scripts/make-vader-fixture.py [CORPORA_DIR] > Tests/MTMScoringTests/Fixtures/vader-compat.tsv

Each text is the third tab-separated field of a line, without its CRLF terminator (the file is read as UTF-8).
"""
import os
import sys

import vaderSentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

CORPORA = ["tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "corpora")
    folder = os.path.join(root, "vader_icwsm2014", "ground_truth")
    analyzer = SentimentIntensityAnalyzer()
    out = sys.stdout
    out.write("# vaderSentiment %s compound per ground-truth sentence; made by Scripts/make-vader-fixture.py\n"
              % getattr(vaderSentiment, "__version__", "3.3.2"))
    out.write("corpus\tid\tcompound\n")
    for corpus in CORPORA:
        with open(os.path.join(folder, corpus + "_GroundTruth.txt"), encoding="utf-8", newline="") as f:
            data = f.read()
        for line in data.split("\n"):
            if line.endswith("\r"):
                line = line[:-1]
            if not line:
                continue
            ident, _mean, text = line.split("\t", 2)
            out.write("%s\t%s\t%s\n" % (corpus, ident, analyzer.polarity_scores(text)["compound"]))


if __name__ == "__main__":
    main()
