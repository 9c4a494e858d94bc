// mtm-bench: benchmarks on fixed corpora, run from a release build:
//
//   swift build -c release --product mtm-bench && .build/release/mtm-bench <name> [options]
//
// Each benchmark asserts the count it expects, so a fast wrong answer fails (exit 1). To add one, write a file with
// a `Benchmark` value and list it in `benchmarks` below.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One named benchmark. `run` gets the arguments after the name and returns false when its check fails.
struct Benchmark: Sendable {
    var name: String
    var summary: String
    var run: @Sendable ([String]) throws -> Bool
}

enum Benchmarks {
    static let all: [Benchmark] = [
        TextBenchmark.benchmark,
        TagBenchmark.benchmark,
        IngestBenchmark.benchmark,
    ]

    static func usage() -> String {
        var text = "usage: mtm-bench <benchmark> [options]\n\nbenchmarks:\n"
        for b in all { text += "  \(b.name)\t\(b.summary)\n" }
        return text
    }

    static func fail(_ message: String) {
        var message = message
        message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, name != "--help", name != "-h" else {
    print(Benchmarks.usage(), terminator: "")
    exit(arguments.isEmpty ? 2 : 0)
}
guard let benchmark = Benchmarks.all.first(where: { $0.name == name }) else {
    Benchmarks.fail("mtm-bench: unknown benchmark '\(name)'\n\n" + Benchmarks.usage())
    exit(2)
}
do {
    let passed = try benchmark.run(Array(arguments.dropFirst()))
    exit(passed ? 0 : 1)
} catch {
    Benchmarks.fail("mtm-bench \(name): \(error)\n")
    exit(1)
}
