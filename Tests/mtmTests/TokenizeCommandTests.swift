import Foundation
import MTMRecord
import Testing

@Suite struct TokenizeCommandTests {
    /// The token objects of one JSONL output line.
    func tokens(_ line: String) throws -> [[String: JSONValue]] {
        guard case let .object(record) = try JSONParser.parse(line),
              let sentences = record.first(where: { $0.0 == "sentences" })?.1, case let .array(list) = sentences
        else { throw CLIShapeError(line: line) }
        var result: [[String: JSONValue]] = []
        for case let .object(sentence) in list {
            guard let tokens = sentence.first(where: { $0.0 == "tokens" })?.1, case let .array(items) = tokens else {
                continue
            }
            for case let .object(token) in items {
                result.append(Dictionary(token.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        return result
    }

    struct CLIShapeError: Error { var line: String }

    @Test func jsonlFromStdinOneRecordPerLine() throws {
        let input = "Don’t book the 8am slot!!! 😡\nLoved it :) #happy\n"
        let result = try MTMCommand.run(["tokenize", "-"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 2)
        let first = try tokens(result.lines[0])
        #expect(first.first?["text"] == .string("Don’t"))
        #expect(first.first?["norm"] == .string("don't"))
        #expect(first.first?["kind"] == .string("word"))
        #expect(first.first?["flags"] == .array([.string("negation"), .string("apostrophe")]))
        // start/end are UTF-8 byte offsets into the line: the round trip holds.
        let bytes = Array("Don’t book the 8am slot!!! 😡".utf8)
        for token in first {
            guard case let .number(start)? = token["start"], case let .number(end)? = token["end"],
                  case let .string(text)? = token["text"] else { Issue.record("token fields"); continue }
            #expect(String(decoding: bytes[Int(start)..<Int(end)], as: UTF8.self) == text)
        }
        #expect(first.contains { $0["kind"] == .string("emoji") })
        let second = try tokens(result.lines[1])
        #expect(second.map { $0["kind"] } == [.string("word"), .string("word"), .string("emoticon"), .string("hashtag")])
    }

    @Test func tsvWithHeader() throws {
        let result = try MTMCommand.run(["tokenize", "--format", "tsv"], stdin: "Sooo good!!!\n")
        #expect(result.status == 0)
        #expect(result.lines == [
            "record\tsentence\ttext\tnorm\tkind\tstart\tend\tflags",
            "-:1\t1\tSooo\tsoo\tword\t0\t4\telongated",
            "-:1\t1\tgood\tgood\tword\t5\t9\t",
            "-:1\t1\t!!!\t!!!\tpunctuation\t9\t12\t",
        ])
    }

    @Test func wholeFileIsOneRecord() throws {
        let file = try MTMCommand.temporaryFile(Array("First line.\nSecond line!\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let perLine = try MTMCommand.run(["tokenize", file.path])
        let whole = try MTMCommand.run(["tokenize", "--whole", file.path])
        #expect(perLine.status == 0 && whole.status == 0)
        #expect(perLine.lines.count == 2)
        #expect(whole.lines.count == 1)
        let tokens = try tokens(whole.lines[0])
        #expect(tokens.last?["start"] == .number(23))
    }

    @Test func normalizationOption() throws {
        let result = try MTMCommand.run(["tokenize", "--normalization", "none", "--format", "tsv"], stdin: "ＡＢＣ Café\n")
        #expect(result.status == 0)
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t")[3] } == ["ＡＢＣ", "Café"])
    }

    @Test(arguments: [["tokenize", "--format", "xml"], ["tokenize", "--normalization", "nfd"], ["tokenize", "--bogus"],
                      ["tokenize", "a", "b"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try MTMCommand.run(arguments, stdin: "x\n")
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileExitsOne() throws {
        let result = try MTMCommand.run(["tokenize", "/nonexistent/reviews.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/reviews.txt"))
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        var bytes = Array("good ".utf8) + [0xFF, 0xFE] + Array(" day\nfine\n".utf8)
        bytes += [0xC3] + Array("\n".utf8)
        let result = try MTMCommand.run(["tokenize", "--format", "tsv"], stdin: bytes)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{FFFD}"))
        let findings = result.stderr.split(separator: "\n").filter { $0.contains("invalid UTF-8") || $0.contains("UTF-8") }
        #expect(findings.count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("-:1:"))
        #expect(result.stderr.contains("-:3:"))
    }

    @Test func nulBytesAndEmptyInput() throws {
        let empty = try MTMCommand.run(["tokenize"], stdin: "")
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        let nul = try MTMCommand.run(["tokenize", "--format", "tsv"], stdin: Array("bad\u{0}room\n".utf8))
        #expect(nul.status == 0)
        #expect(nul.lines.count == 3)
    }

    @Test func helpHasExamples() throws {
        let result = try MTMCommand.run(["tokenize", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("mtm tokenize"))
    }

    @Test func sameInputSameOutput() throws {
        let input = "Mr. Smith’s stay: sooo bad!!! 😡 @hotel http://x.com\n"
        #expect(try MTMCommand.run(["tokenize"], stdin: input).stdout == (try MTMCommand.run(["tokenize"], stdin: input).stdout))
    }
}
