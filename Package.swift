// swift-tools-version:6.1
//
// mtm — finds the Moments That Matter in customer feedback. One module per pipeline stage:
//
//   MTMIngest / MTMScrape ──► MTMText ──► MTMScoring (with MTMLexicon) ──► MTMAggregate ──► MTMRanking ──► MTMReport
//
// The ICU rule (see README "Building"): Foundation on Linux carries its own ICU, so a module that imports the system
// ICU or libxml2 headers (CICU, CLibXML2) must not see Foundation or any module that imports it (Yams, ZIPFoundation).
// Only MTMText (ICU) and MTMHTML (libxml2) import them, with `internal import`, on top of FoundationEssentials and
// MTMRecord alone; every other module uses them through Swift types.
import PackageDescription

let package = Package(
    name: "mtm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mtm", targets: ["mtm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C libraries from the system (Debian: libicu-dev, libxml2-dev).
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),

        // Values that flow between stages: FeedbackRecord, Finding, Rejection, ordered JSON. Foundation-free.
        .target(name: "MTMRecord"),
        // Stage 2: ICU normalisation, sentences, tokens with ranges into the original text; ICU converters.
        .target(name: "MTMText", dependencies: ["CICU", "MTMRecord"]),
        // libxml2 handle owner: HTML documents, XPath, text nodes.
        .target(name: "MTMHTML", dependencies: ["CLibXML2"]),
        // Stage 1: review exports, surveys, plain text, transcripts.
        .target(name: "MTMIngest", dependencies: ["MTMText", "MTMRecord"]),
        // Stage 1: HTML review pages (JSON-LD, microdata, site profiles, fallback), files and URLs.
        .target(name: "MTMScrape", dependencies: ["MTMHTML", "MTMRecord", .product(name: "Yams", package: "Yams")]),
        // Data: valence and emotion lexicons, touchpoint taxonomies, ranking weights; compiled matchers.
        .target(name: "MTMLexicon", dependencies: ["MTMText", "MTMRecord", .product(name: "Yams", package: "Yams")]),
        // Stage 3: sentence and record sentiment, emotions, touchpoint mentions.
        .target(name: "MTMScoring", dependencies: ["MTMLexicon", "MTMText", "MTMRecord"]),
        // Stage 4: partial aggregates that merge.
        .target(name: "MTMAggregate", dependencies: ["MTMScoring", "MTMLexicon", "MTMRecord"]),
        // Stage 5: tables, driver analysis, MTM score, ranked moments with reasons.
        .target(name: "MTMRanking", dependencies: ["MTMAggregate", "MTMLexicon", "MTMScoring", "MTMRecord",
                                                   .product(name: "Yams", package: "Yams")]),
        // Stage 6: CSV, XLSX, JSON, HTML.
        .target(name: "MTMReport", dependencies: ["MTMRanking", "MTMAggregate", "MTMScoring", "MTMRecord",
                                                  .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The command line: one file per subcommand.
        .executableTarget(name: "mtm", dependencies: [
            "MTMRecord", "MTMText", "MTMIngest", "MTMScrape", "MTMLexicon", "MTMScoring", "MTMAggregate", "MTMRanking",
            "MTMReport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: `swift run -c release mtm-bench --help`.
        .executableTarget(name: "mtm-bench", dependencies: [
            "MTMRecord", "MTMText", "MTMIngest", "MTMScrape", "MTMLexicon", "MTMScoring", "MTMAggregate", "MTMRanking",
        ], path: "Benchmarks/mtm-bench"),

        .testTarget(name: "MTMRecordTests", dependencies: ["MTMRecord"]),
        .testTarget(name: "MTMTextTests", dependencies: ["MTMText", "MTMRecord"]),
        .testTarget(name: "MTMHTMLTests", dependencies: ["MTMHTML"]),
        .testTarget(name: "MTMIngestTests", dependencies: ["MTMIngest", "MTMRecord"], exclude: ["Fixtures"]),
        .testTarget(name: "MTMScrapeTests", dependencies: ["MTMScrape"], exclude: ["Fixtures"]),
        .testTarget(name: "MTMLexiconTests", dependencies: ["MTMLexicon"]),
        .testTarget(name: "MTMScoringTests", dependencies: ["MTMScoring"], exclude: ["Fixtures"]),
        .testTarget(name: "MTMAggregateTests", dependencies: ["MTMAggregate", "MTMScoring", "MTMRecord"]),
        .testTarget(name: "MTMRankingTests", dependencies: ["MTMRanking", "MTMAggregate", "MTMScoring", "MTMRecord"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "MTMReportTests", dependencies: ["MTMReport", "MTMRanking", "MTMAggregate", "MTMScoring"],
                    exclude: ["Golden"]),
        .testTarget(name: "mtmTests", dependencies: ["MTMRecord", "mtm"]),
    ]
)
