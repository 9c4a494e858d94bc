import MTMText
import Testing

@Suite struct ContractionTests {
    /// Every apostrophe form customers type folds to one norm and keeps the negation.
    @Test(arguments: ["'", "’", "‘", "ʼ", "`", "´", "′", "＇"])
    func negatingContractionsWithEveryApostrophe(_ apostrophe: String) throws {
        for stem in ["don", "can", "won", "isn", "didn", "wouldn"] {
            let word = "\(stem)\(apostrophe)t"
            let tokens = try seen("I \(word) like it")
            #expect(tokens.map(\.text) == ["I", word, "like", "it"], "\(word)")
            #expect(tokens[1].norm == "\(stem)'t", "\(word)")
            #expect(tokens[1].flags.contains(.negation), "\(word)")
            #expect(tokens[1].flags.contains(.apostrophe), "\(word)")
        }
    }

    @Test(arguments: ["dont", "aint", "cant", "wont", "isnt", "not", "no", "never", "nothing", "nobody", "none",
                      "neither", "nor", "cannot", "without", "ain't", "NEVER", "Don't"])
    func negators(_ word: String) throws {
        let token = try #require(try seen("it was \(word) good").dropFirst(2).first)
        #expect(token.flags.contains(.negation), "\(word)")
    }

    @Test(arguments: ["note", "nothingness", "know", "it's", "I'm", "we'll", "snow", "o'clock"])
    func notNegators(_ word: String) throws {
        #expect(try seen(word).allSatisfy { !$0.flags.contains(.negation) })
    }

    @Test func negationSurvivesOtherNormalForms() throws {
        for form in TextConfiguration.Normalization.allCases {
            let tokens = try seen("I DON’T care", TextConfiguration(normalization: form))
            #expect(tokens[1].flags.contains(.negation), "\(form)")
        }
    }

    @Test func nonNegatingContractionsStayOneToken() throws {
        let tokens = try seen("it’s fine, we’ll see, you're right, I`m here")
        #expect(tokens.map(\.text) == ["it’s", "fine", ",", "we’ll", "see", ",", "you're", "right", ",", "I`m", "here"])
        #expect(tokens.map(\.norm).contains("i'm"))
    }

    @Test(arguments: [
        ("l'accueil", "l'", "accueil"), ("L’hôtel", "l'", "hôtel"), ("d'abord", "d'", "abord"),
        ("j'ai", "j'", "ai"), ("qu’il", "qu'", "il"), ("c'est", "c'", "est"), ("n'est", "n'", "est"),
        ("s'il", "s'", "il"), ("dell'albergo", "dell'", "albergo"), ("all’arrivo", "all'", "arrivo"),
        ("un'esperienza", "un'", "esperienza"), ("jusqu'à", "jusqu'", "à"),
    ])
    func elisionSplitsArticleFromWord(_ written: String, _ article: String, _ word: String) throws {
        let text = "Super \(written) !"
        let analyzed = try analyze(text)
        let tokens = analyzed.tokens
        #expect(tokens.count == 4, "\(written)")
        guard tokens.count == 4 else { return }
        #expect(tokens[1].norm == article)
        #expect(tokens[1].flags.contains(.elided))
        #expect(tokens[2].norm == word)
        #expect(!tokens[2].flags.contains(.elided))
        #expect(tokens[1].source(in: text) + tokens[2].source(in: text) == written)
        #expect(tokens[1].utf8Range.upperBound == tokens[2].utf8Range.lowerBound)
    }

    @Test(arguments: ["don't", "c'mon", "rock'n'roll", "o'clock"])
    func englishApostrophesDoNotElide(_ word: String) throws {
        #expect(try seen(word).allSatisfy { !$0.flags.contains(.elided) })
    }
}
