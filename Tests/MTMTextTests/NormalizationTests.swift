import MTMText
import Testing

@Suite struct NormalizationTests {
    @Test func defaultsAreNFKCCaseFoldAndEnglish() {
        let configuration = TextConfiguration()
        #expect(configuration.normalization == .nfkcCasefold)
        #expect(configuration.locale == "en_US")
    }

    @Test(arguments: [
        (TextConfiguration.Normalization.none, ["Ｃａｆé", "ﬁne", "Straße", "don't"]),
        (.nfc, ["Ｃａｆé", "ﬁne", "Straße", "don't"]),
        (.nfkc, ["Café", "fine", "Straße", "don't"]),
        (.nfkcCasefold, ["café", "fine", "strasse", "don't"]),
    ])
    func normalFormsDiffer(_ form: TextConfiguration.Normalization, _ expected: [String]) throws {
        // "é" is written decomposed (e + U+0301): every form but none composes it.
        let text = "Ｃａｆe\u{301} ﬁne Straße don’t"
        let tokens = try seen(text, TextConfiguration(normalization: form))
        var norms = tokens.map(\.norm)
        if form == .none { norms[0] = norms[0].replacingDecomposed() }
        #expect(norms == expected)
        #expect(tokens.map(\.text) == ["Ｃａｆe\u{301}", "ﬁne", "Straße", "don’t"], "the original is untouched")
    }

    @Test func typographicQuotesFoldInNormOnly() throws {
        let text = "“Great” «service»"
        let tokens = try seen(text)
        #expect(tokens.map(\.norm) == ["\"", "great", "\"", "\"", "service", "\""])
        #expect(tokens.map(\.text) == ["“", "Great", "”", "«", "service", "»"])
    }

    @Test func germanSharpSAndCompounds() throws {
        let tokens = try seen("Die Straße war schön. Kundenzufriedenheitsumfrage!", TextConfiguration(locale: "de_DE"))
        #expect(tokens.map(\.norm) == ["die", "strasse", "war", "schön", ".", "kundenzufriedenheitsumfrage", "!"])
        let triple = try seen("Die Schifffahrt war sooooo schön", TextConfiguration(locale: "de_DE"))
        #expect(triple[1].norm == "schifffahrt")
        #expect(!triple[1].flags.contains(.elongated))
        #expect(triple[3].norm == "soo")
    }

    @Test func turkishDottedAndDotlessI() throws {
        let tokens = try seen("İstanbul'da ılık bir gün. KIRMIZI ışık", TextConfiguration(locale: "tr_TR"))
        #expect(tokens[0].norm == "i\u{307}stanbul'da", "İ case-folds to i + combining dot above")
        #expect(tokens[1].norm == "ılık", "dotless ı stays dotless")
        #expect(tokens.first { $0.text == "KIRMIZI" }?.norm == "kirmizi")
        #expect(tokens.allSatisfy { $0.kind == .word || $0.kind == .punctuation })
    }

    @Test func elongation() throws {
        let tokens = try seen("Soooo goooood!!! cooool and so good, bookkeeper, Brrr, Café teeeeerrible")
        let byText = Dictionary(tokens.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Soooo"]?.norm == "soo")
        #expect(byText["Soooo"]?.flags.contains(.elongated) == true)
        #expect(byText["goooood"]?.norm == "good")
        #expect(byText["cooool"]?.norm == "cool")
        #expect(byText["teeeeerrible"]?.norm == "teerrible")
        #expect(byText["bookkeeper"]?.flags.contains(.elongated) == false)
        #expect(byText["good"]?.flags.contains(.elongated) == false)
        #expect(byText["Brrr"]?.norm == "brr")
        let accented = try seen("trééés bien")
        #expect(accented[0].norm == "tréés")
        #expect(accented[0].flags.contains(.elongated))
    }

    @Test func allCapsOnlyAgainstLowerCase() throws {
        let mixed = try analyze("The room was AWFUL and the staff RUDE. OK")
        #expect(mixed.hasMixedCase)
        let caps = mixed.tokens.filter { $0.flags.contains(.allCaps) }.map { String($0.source(in: mixed.text)) }
        #expect(caps == ["AWFUL", "RUDE", "OK"])
        let shouting = try analyze("THE ROOM WAS AWFUL")
        #expect(!shouting.hasMixedCase)
        #expect(shouting.tokens.allSatisfy { !$0.flags.contains(.allCaps) })
    }

    @Test func fullwidthAndLigaturesFold() throws {
        #expect(try seen("ｆｕｌｌｗｉｄｔｈ ＡＢＣ ﬁne").map(\.norm) == ["fullwidth", "abc", "fine"])
    }
}

extension String {
    /// NFC for the one decomposed letter the test writes (no Foundation in this target).
    func replacingDecomposed() -> String {
        var scalars = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == "\u{301}", let last = scalars.last, last == "e" { scalars.removeLast(); scalars.append("é") } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}
