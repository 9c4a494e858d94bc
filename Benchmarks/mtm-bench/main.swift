// mtm-bench: benchmarks on fixed corpora. Each asserts the count it expects, so a fast wrong answer fails.
#if canImport(Glibc)
import Glibc
#endif

let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "ingest": exit(IngestBenchmark.run(Array(benchArguments.dropFirst())))
default: print("usage: mtm-bench <benchmark> (see Benchmarks/README.md)")
}
