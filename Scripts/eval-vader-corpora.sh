#!/bin/sh
# Side-by-side: mtm's default model vs --model vader (vaderSentiment 3.3.2) on the four VADER ground-truth corpora.
# Usage: Scripts/eval-vader-corpora.sh [path/to/mtm] [corpora dir]   (prints a Markdown table)
set -eu
MTM=${1:-.build/release/mtm}
GT=${2:-$(dirname "$0")/../../shared/corpora}/vader_icwsm2014/ground_truth
echo "| corpus | n | vader r | mtm r | vader F1 (weighted) | mtm F1 (weighted) | vader F1 (macro) | mtm F1 (macro) |"
echo "|---|---|---|---|---|---|---|---|"
for c in tweets movieReviewSnippets amazonReviewSnippets nytEditorialSnippets; do
  f="$GT/${c}_GroundTruth.txt"
  v=$("$MTM" eval sentiment --gold "$f" --model vader --json)
  m=$("$MTM" eval sentiment --gold "$f" --json)
  python3 - "$c" "$v" "$m" <<'PY'
import json, sys
c, v, m = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (c, v["n"], v["pearson"], m["pearson"],
      v["weighted"]["f1"], m["weighted"]["f1"], v["macro"]["f1"], m["macro"]["f1"]))
PY
done

# Held-out check: the UCI labelled sentences (Kotzias et al. 2015; 1 = positive, 0 = negative, never used for tuning),
# relabelled positive/negative for `--format label`. Gold has no neutral class, so neutral predictions count as misses.
UCI=$(dirname "$GT")/../uci_sentiment_labelled_sentences
[ -d "$UCI" ] || exit 0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo
echo "| UCI set | n | vader F1 (weighted) | mtm F1 (weighted) |"
echo "|---|---|---|---|"
for c in amazon_cells yelp imdb; do
  python3 - "$UCI/${c}_labelled.txt" "$WORK/$c.tsv" <<'PY'
import sys
with open(sys.argv[1], encoding="utf-8", errors="replace") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        line = line.rstrip("\r\n")
        if line.strip():
            text, label = line.rsplit("\t", 1)
            out.write(text.replace("\t", " ") + "\t" + ("positive" if label.strip() == "1" else "negative") + "\n")
PY
  v=$("$MTM" eval sentiment --gold "$WORK/$c.tsv" --format label --model vader --json)
  m=$("$MTM" eval sentiment --gold "$WORK/$c.tsv" --format label --json)
  python3 - "$c" "$v" "$m" <<'PY'
import json, sys
c, v, m = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print("| %s | %d | %.3f | %.3f |" % (c, v["n"], v["weighted"]["f1"], m["weighted"]["f1"]))
PY
done
