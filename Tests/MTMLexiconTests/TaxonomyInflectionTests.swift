import Testing
@testable import MTMLexicon

@Suite struct TaxonomyInflectionTests {
    @Test(arguments: [
        ("delivery", "deliveries"), ("price", "prices"), ("price", "priced"), ("price", "pricing"),
        ("size", "sizing"), ("size", "sized"), ("ship", "shipping"), ("ship", "shipped"), ("fit", "fitting"),
        ("fit", "fits"), ("wait", "waited"), ("wait", "waiting"), ("box", "boxes"), ("watch", "watches"),
        ("dress", "dresses"), ("hotel", "hotel's"), ("apply", "applied"), ("booking", "booked"), ("refund", "refunds"),
        ("charge", "charged"), ("charge", "charges"), ("city", "cities"),
    ])
    func inflectionsShareAStem(base: String, inflected: String) {
        #expect(Inflection.stem(base) == Inflection.stem(inflected), "\(base) / \(inflected)")
    }

    @Test(arguments: [
        ("quite", "quit"), ("site", "sitting"), ("wine", "win"), ("plane", "plan"), ("care", "car"), ("cute", "cut"),
        ("status", "stat"), ("bus", "bu"), ("bring", "br"), ("red", "r"),
    ])
    func differentWordsKeepDifferentStems(a: String, b: String) {
        #expect(Inflection.stem(a) != Inflection.stem(b), "\(a) / \(b)")
    }

    @Test func shortAndNonEnglishWordsPassThrough() {
        #expect(Inflection.stem("is") == "is")
        #expect(Inflection.stem("") == "")
        #expect(Inflection.stem("café") == "café")
        #expect(Inflection.stem("ship") == "ship")
    }

    @Test func surfaceDropsApostrophesAndHash() {
        #expect(Inflection.surface("#checkin") == "checkin")
        #expect(Inflection.surface("don't") == "dont")
        #expect(Inflection.surface("hotel\u{2019}s") == "hotels")
    }

    @Test func randomStringsNeverCrashAndAreStable() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeiosy'#-é1 ")
        for _ in 0..<500 {
            let word = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let stem = Inflection.stem(word)
            #expect(Inflection.stem(word) == stem)
            #expect(stem.count <= word.count + 1)
        }
    }
}
