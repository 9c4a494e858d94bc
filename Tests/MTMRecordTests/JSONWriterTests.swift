import Testing
@testable import MTMRecord

@Suite struct JSONWriterTests {
    @Test func writesInOrderWithCommas() {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", "r1")
        w.field("missing", nil as String?)
        w.field("gone", nil as Double?, keepNull: true)
        w.field("n", 3)
        w.field("x", 0.25)
        w.field("ok", true)
        w.key("list")
        w.beginArray()
        w.number(1)
        w.string("two")
        w.beginObject()
        w.endObject()
        w.endArray()
        w.endObject()
        #expect(w.output == #"{"id":"r1","gone":null,"n":3,"x":0.25,"ok":true,"list":[1,"two",{}]}"#)
    }

    @Test(arguments: [(1.0, "1"), (-0.5, "-0.5"), (1e20, "1e+20"), (.nan, "null"), (.infinity, "null"), (123456.0, "123456")])
    func numbers(_ value: Double, _ text: String) {
        #expect(JSONWriter.format(value) == text)
    }

    @Test func stringsEscapeAndRoundTrip() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} é 😀 \u{2028}"
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(tricky, to: &bytes)
        let out = String(decoding: bytes, as: UTF8.self)
        #expect(out.contains(#"\u0000"#))
        #expect(out.contains(#"\u0007"#))
        #expect(try JSONParser.parse(out) == .string(tricky))
    }

    @Test func valuesRoundTripThroughText() throws {
        let text = #"{"b":[1,2.5,"s",null,false],"a":{"c":"d"}}"#
        #expect(try JSONParser.parse(text).jsonText == text)
    }

    /// What `JSONWriter.format` printed before its short form: Swift's own shortest round-trip text.
    static func reference(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    @Test func scoresRoundedToFourDecimalsPrintAsSwiftPrintsThem() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<200_000 {
            // Scores and weights as mtm rounds them, over the magnitudes it writes (and past the short form's limit).
            let scale = [1.0, 10, 1_000, 1e6, 1e9, 1e11][Int(random.next() % 6)]
            let x = (Double(random.next() % 2_000_001) / 1_000_000 - 1) * scale
            let rounded = (x * 10_000).rounded() / 10_000
            #expect(JSONWriter.format(rounded) == Self.reference(rounded), "\(rounded)")
        }
    }

    @Test func anyDoublePrintsAsSwiftPrintsIt() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<200_000 {
            let x = Double(bitPattern: random.next())
            #expect(JSONWriter.format(x) == Self.reference(x), "\(x)")
        }
    }

    @Test(arguments: [0.0001, -0.0001, 0.5, -0.5, 0.1, 0.3, 2.675, 1e-5, 0.00015, 99_999_999.9999, 999_999_999.9999,
                      -0.0, 0.0, 1e15, -1e15, 1e16, 4_503_599_627_370_496.5, .nan, .infinity, -.infinity,
                      .leastNonzeroMagnitude, .greatestFiniteMagnitude, -123.25])
    func edgeNumbers(_ value: Double) {
        #expect(JSONWriter.format(value) == Self.reference(value))
    }

    @Test(arguments: [0, 1, -1, 42, 1_000_000, Int.max, Int.min])
    func integers(_ value: Int) {
        var w = JSONWriter()
        w.number(value)
        #expect(w.output == String(value))
    }

    @Test(arguments: [("reviews.txt:", 12), ("dir/a \"b\".txt:", 0), ("-:", 1_234_567), ("", -5)])
    func prefixAndIntegerIsQuotedLikeTheJoinedString(_ prefix: String, _ integer: Int) {
        var joined = JSONWriter()
        joined.field("id", prefix + String(integer))
        var parts = JSONWriter()
        parts.key("id")
        Array(prefix.utf8).withUnsafeBufferPointer { parts.string(utf8: $0, followedBy: integer) }
        #expect(parts.output == joined.output)
    }

    @Test func linesHoldOneTopLevelValueEach() throws {
        var w = JSONWriter()
        for n in 1...3 {
            w.beginObject(); w.field("n", n); w.endObject(); w.endLine()
        }
        #expect(w.output == "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
    }

    @Test func sliceOfATextIsQuotedLikeTheString() {
        var text = "He said \"hi\"\t\u{1}, café 😀\\"
        let expected: String = {
            var w = JSONWriter()
            w.string(text)
            return w.output
        }()
        let fromBytes: String = text.withUTF8 { bytes in
            var w = JSONWriter()
            w.string(utf8: bytes)
            return w.output
        }
        #expect(fromBytes == expected)
        #expect(expected == #""He said \"hi\"\t\u0001, café 😀\\""#)
    }
}
