// mtm-bench: benchmarks on fixed corpora. Each asserts the count it expects, so a fast wrong answer fails.
print("usage: mtm-bench <benchmark> (see Benchmarks/README.md)")
