import MTMText
import Testing

/// Scripts without spaces segment into words; scripts are named; nothing is lost.
@Suite struct ScriptTests {
    @Test func japaneseWithoutSpaces() throws {
        let text = "ホテルのスタッフはとても親切でした。"
        let analyzed = try analyze(text)
        let words = analyzed.tokens.filter { $0.kind == .word }.map { String($0.source(in: text)) }
        #expect(words.contains("ホテル"))
        #expect(words.contains("スタッフ"))
        #expect(words.contains("親切"))
        #expect(analyzed.tokens.filter { $0.kind == .word }.allSatisfy { $0.flags.contains(.ideographic) })
        #expect(analyzed.tokens.first?.script == "Kana")
    }

    @Test func chineseWithoutSpacesAndSentences() throws {
        let text = "酒店的服务很好。我们会再来。"
        let analyzed = try analyze(text)
        #expect(analyzed.sentences.count == 2)
        let words = analyzed.tokens.filter { $0.kind == .word }.map { String($0.source(in: text)) }
        #expect(words.count >= 5, "\(words)")
        #expect(words.contains("酒店"))
        #expect(analyzed.tokens.first?.script == "Hani")
    }

    @Test func thaiWithoutSpaces() throws {
        let text = "โรงแรมนี้ดีมาก"
        let analyzed = try analyze(text)
        let words = analyzed.tokens.map { String($0.source(in: text)) }
        #expect(words.count >= 3, "\(words)")
        #expect(words.joined() == text)
        #expect(analyzed.tokens.allSatisfy { $0.script == "Thai" && $0.kind == .word })
    }

    @Test func arabic() throws {
        let text = "الخدمة كانت ممتازة جدا!"
        let analyzed = try analyze(text)
        #expect(analyzed.tokens.map { String($0.source(in: text)) } == ["الخدمة", "كانت", "ممتازة", "جدا", "!"])
        #expect(analyzed.tokens.first?.script == "Arab")
    }

    @Test func hindiKeepsCombiningMarksInWords() throws {
        let text = "होटल बहुत अच्छा था। #शानदार"
        let analyzed = try analyze(text)
        let tokens = analyzed.tokens.map { String($0.source(in: text)) }
        #expect(tokens == ["होटल", "बहुत", "अच्छा", "था", "।", "#शानदार"])
        #expect(analyzed.sentences.count == 2)
        #expect(analyzed.tokens.first?.script == "Deva")
        #expect(analyzed.tokens.last?.kind == .hashtag)
    }

    @Test func englishSentence() throws {
        let tokens = try seen("The check-in took 45 minutes, and the staff weren't helpful.")
        #expect(tokens.map(\.text) == ["The", "check", "-", "in", "took", "45", "minutes", ",", "and", "the", "staff",
                                       "weren't", "helpful", "."])
        #expect(tokens.first { $0.text == "weren't" }?.flags.contains(.negation) == true)
    }
}
