import MTMRecord
import Testing

@Suite struct JSONParserTests {
    @Test func parsesEveryKindAndKeepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":[true,false,null,-2.5e3,"x"],"m":{"k":"v"}}"#)
        guard case let .object(members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .bool(false), .null, .number(-2500), .string("x")]))
        #expect(value.value(atPath: "m.k") == .string("v"))
        #expect(value.value(atPath: "a.4") == .string("x"))
        #expect(value.value(atPath: "a.9") == nil)
    }

    @Test func escapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "\ud800", "\udc00x", "\ud800\u0041"]"#)
        #expect(value == .array([.string("a\"b\\c/d\n\té😀"), .string("\u{FFFD}"), .string("\u{FFFD}x"),
                                 .string("\u{FFFD}A")]))
    }

    @Test func byteOrderMarkAndSpaces() throws {
        #expect(try JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(" \n[1]\r\n".utf8)) == .array([.number(1)]))
    }

    @Test(arguments: [
        ("", 1, 1), ("[1,]", 1, 4), ("{\"a\" 1}", 1, 6), ("[1]\n x", 2, 2), ("\"abc", 1, 5), ("[01]", 1, 2),
        ("[1.]", 1, 4), ("tru", 1, 1), ("{\"a\":1,}", 1, 8), ("\"a\u{1}\"", 1, 3), ("[\"\\x\"]", 1, 4),
        ("-", 1, 2), ("[1e]", 1, 4),
    ])
    func syntaxErrorsNameLineAndColumn(_ text: String, _ line: Int, _ column: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParser.SyntaxError else { return false }
            return error.line == line && error.column == column
        }
    }

    @Test func nestingIsLimited() throws {
        let ok = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func scalarHelpers() throws {
        let value = try JSONParser.parse(#"{"n":4.0,"s":" 3.5 ","b":true,"o":{}}"#)
        #expect(value["n"]?.scalarText == "4")
        #expect(value["s"]?.doubleValue == 3.5)
        #expect(value["b"]?.scalarText == "true")
        #expect(value["o"]?.scalarText == nil)
    }
}

@Suite struct FindingTests {
    @Test func descriptionNamesPlaceFieldAndHint() {
        let finding = Finding(.warning, code: "invalid-utf8", source: "reviews.csv", line: 12, column: 3,
                              field: "text", message: "bytes were replaced", hint: "use --encoding")
        #expect(finding.description == "reviews.csv:12:3: warning: text: bytes were replaced — use --encoding")
        let bare = Finding(.error, code: "x", source: "-", message: "broken")
        #expect(bare.description == "-: error: broken")
        #expect(bare.location == "-")
    }

    @Test func rejectionCutsLongRawText() {
        let finding = Finding(.error, code: "empty", source: "a", message: "empty")
        let long = Rejection(finding, raw: String(repeating: "x", count: Rejection.rawTextLimit + 10))
        #expect(long.raw.count == Rejection.rawTextLimit + 1)
        #expect(long.raw.hasSuffix("…"))
        #expect(Rejection(finding, raw: "short").raw == "short")
    }
}
