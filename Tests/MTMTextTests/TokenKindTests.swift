import MTMText
import Testing

@Suite struct TokenKindTests {
    @Test(arguments: [":)", ":-(", "<3", ":D", ";)", ":/", ":-P", ":'(", "XD", "^_^", "-_-", "T_T", ":-))))", "</3",
                      "(:", "):", "=]", ">:)", ">.<", "\\o/", ":o)", "0:)"])
    func emoticonIsOneToken(_ face: String) throws {
        let tokens = try seen("great \(face) really")
        #expect(tokens.map(\.text) == ["great", face, "really"])
        #expect(tokens[1].kind == .emoticon)
        #expect(tokens[1].norm == face)
    }

    @Test func emoticonGluedToWordOrAtEnd() throws {
        let tokens = try seen("thanks:) bye :(")
        #expect(tokens.map(\.text) == ["thanks", ":)", "bye", ":("])
        #expect(tokens.filter { $0.kind == .emoticon }.count == 2)
    }

    @Test(arguments: ["http://example.com", "10:30", ":Disney", "x<30", "Note:Doors", "a:/b"])
    func noEmoticonInside(_ text: String) throws {
        #expect(try seen(text).allSatisfy { $0.kind != .emoticon })
    }

    @Test func urlsAreWholeAndLoseTrailingPunctuation() throws {
        let tokens = try seen("See https://example.com/a?b=1&c=(2), www.shop.co.uk/x. And (http://x.org/y).")
        let urls = tokens.filter { $0.kind == .url }.map(\.text)
        #expect(urls == ["https://example.com/a?b=1&c=(2)", "www.shop.co.uk/x", "http://x.org/y"])
        #expect(tokens.last?.text == ".")
    }

    @Test func emailsMentionsAndHashtags() throws {
        let tokens = try seen("Mail john.doe+tag@mail.example.co.uk or @bob_smith about #GreatService #café, not #1.")
        #expect(tokens.first { $0.kind == .email }?.text == "john.doe+tag@mail.example.co.uk")
        #expect(tokens.first { $0.kind == .mention }?.text == "@bob_smith")
        let tags = tokens.filter { $0.kind == .hashtag }
        #expect(tags.map(\.text) == ["#GreatService", "#café"])
        #expect(tags.map(\.norm) == ["#greatservice", "#café"])
        #expect(tokens.contains { $0.text == "1" && $0.kind == .number })
    }

    @Test func notAnEmail() throws {
        let tokens = try seen("meet me @ 5 or a@b or x@y.c")
        #expect(tokens.allSatisfy { $0.kind != .email })
    }

    @Test(arguments: ["👨‍👩‍👧", "👍🏽", "🇫🇷", "1️⃣", "#️⃣", "❤️", "🏳️‍🌈", "👩🏾‍💻"])
    func emojiAreWholeGraphemeClusters(_ emoji: String) throws {
        let tokens = try seen("love \(emoji)\(emoji) it")
        #expect(tokens.map(\.text) == ["love", emoji, emoji, "it"])
        #expect(tokens[1].kind == .emoji)
        #expect(tokens[1].norm == emoji, "norm keeps joiners and variation selectors")
    }

    @Test func textStyleSymbolsAreNotEmoji() throws {
        let tokens = try seen("Brand™ ©2024 ®️ ❤ →")
        #expect(tokens.first { $0.text == "™" }?.kind == .symbol)
        #expect(tokens.first { $0.text == "©" }?.kind == .symbol)
        #expect(tokens.first { $0.text == "®️" }?.kind == .emoji, "U+FE0F asks for the emoji form")
        #expect(tokens.first { $0.text == "❤" }?.kind == .emoji)
        #expect(tokens.first { $0.text == "→" }?.kind == .symbol)
    }

    @Test func emphasisRunsKeepTheirCount() throws {
        let analyzed = try analyze("Why?!? Never again!!!! ok!")
        let marks = analyzed.tokens.filter { $0.kind == .punctuation }
        #expect(marks.map(\.repeatCount) == [3, 4, 1])
        #expect(marks.map { String($0.source(in: analyzed.text)) } == ["?!?", "!!!!", "!"])
    }

    @Test func spanishInvertedMarks() throws {
        let tokens = try seen("¡Qué bueno! ¿Verdad?")
        #expect(tokens.map(\.text) == ["¡", "Qué", "bueno", "!", "¿", "Verdad", "?"])
        #expect(tokens[0].kind == .punctuation)
        #expect(tokens[1].norm == "qué")
    }

    @Test func numbersAndSymbols() throws {
        let tokens = try seen("Paid 1,250.50 € for 3 nights")
        #expect(tokens.first { $0.kind == .number }?.text == "1,250.50")
        #expect(tokens.first { $0.text == "€" }?.kind == .symbol)
    }
}
