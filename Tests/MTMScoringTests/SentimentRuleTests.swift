import MTMLexicon
import MTMText
import Testing
@testable import MTMScoring

/// One test per VADER rule and per mtm fix, on hand-built sentences, through the default model.
struct SentimentRuleTests {
    func c(_ text: String) -> Double { SentimentTestSupport.compound(text) }

    @Test func boosterRaisesAndDampenerLowers() {
        #expect(c("The room was very nice.") > c("The room was nice."))
        #expect(c("The room was somewhat nice.") < c("The room was nice."))
        #expect(c("The room was extremely dirty.") < c("The room was dirty."))
    }

    @Test func boosterDecaysWithDistance() {
        // VADER's scalar: full at 1 back, ×0.95 at 2 back, ×0.9 at 3 back.
        let rules = VaderRules()
        func item(_ w: String, _ v: Double? = nil) -> SentimentItem {
            SentimentItem(lower: w, isUpper: false, valence: v, isNegation: false)
        }
        let one = rules.sentiments([item("very"), item("good", 1.9)], capDifferential: false)[1]
        let two = rules.sentiments([item("very"), item("x"), item("good", 1.9)], capDifferential: false)[2]
        let three = rules.sentiments([item("very"), item("x"), item("y"), item("good", 1.9)], capDifferential: false)[3]
        #expect(abs(one - (1.9 + 0.293)) < 1e-9)
        #expect(abs(two - (1.9 + 0.293 * 0.95)) < 1e-9)
        #expect(abs(three - (1.9 + 0.293 * 0.9)) < 1e-9)
    }

    @Test func allCapsEmphasisOnlyInMixedCaseText() {
        #expect(c("The staff were GREAT to us.") > c("The staff were great to us."))
        // Text all in capitals: no word stands out, no emphasis.
        #expect(abs(c("THE STAFF WERE GREAT") - c("the staff were great")) < 1e-9)
        // A single capital letter is not shouting.
        #expect(abs(c("I liked the room.") - c("i liked the room.")) < 1e-9)
    }

    @Test(arguments: ["The app is not good.", "The app isnt good.", "The app isn't good.", "The app is never good.",
                      "The app doesnt work well.", "The app was not really good."])
    func negationFlipsPositive(text: String) {
        #expect(c(text) < 0)
    }

    @Test func neverSoAndNeverThisIntensify() {
        #expect(c("Breakfast has never been so good.") > 0.4)
        #expect(c("Breakfast has never been this good!") > c("Breakfast was good."))
    }

    @Test func withoutDoubtIsNotANegation() {
        #expect(c("Without a doubt, an excellent hotel.") > 0.5)
        #expect(c("The room was without charm.") < c("The room has charm."))
    }

    @Test func leastNegatesUnlessAtLeast() {
        #expect(c("This is the least comfortable bed.") < 0)
        #expect(c("At least it is comfortable.") > 0)
    }

    @Test func butWeightsTheSecondHalf() {
        #expect(c("The room was lovely but the staff were rude.") < 0)
        #expect(c("The staff were rude but the room was lovely.") > 0)
    }

    @Test func exclamationAndQuestionMarksAddEmphasis() {
        #expect(c("The checkout was easy!!!") > c("The checkout was easy."))
        #expect(c("Why was it so bad??") < c("Why was it so bad."))
        #expect(c("Neutral words only!!!") == 0)
    }

    @Test func idiomsAndSpecialCases() {
        #expect(c("Yeah right, great service.") < c("Great service."))
        #expect(c("That update was the kiss of death.") < 0)
        #expect(c("Their support is on the ball.") > 0)
        #expect(c("I was under the weather.") < 0)
    }

    @Test func emojiAndEmoticons() {
        #expect(c("Delivery was fine 😍") > c("Delivery was fine"))
        #expect(c("Delivery came today 😡") < 0)
        #expect(c("Delivery came today :)") > 0)
        #expect(c("Delivery came today :(") < 0)
        #expect(c("Delivery came today :-D") > 0)
        #expect(c("Delivery came today <3") > 0)
    }

    // MARK: fixes over vaderSentiment

    @Test(arguments: ["No problem at all, the agent fixed it.", "Not a problem.", "No problems with the install.",
                      "We had no issues with check-in."])
    func reassuranceIsNotNegative(text: String) {
        #expect(c(text) > 0.05, "\(text)")
        #expect(SentimentTestSupport.vader.score(text).compound < c(text))
    }

    @Test func notTheWorstIsOnlyMildlyPositive() {
        let notWorst = c("It was not the worst hotel.")
        #expect(notWorst > 0)
        #expect(notWorst < c("It was a good hotel."))
        #expect(notWorst < SentimentTestSupport.vader.score("It was not the worst hotel.").compound)
    }

    @Test func neverLikedIsNegative() {
        #expect(c("I never liked this brand.") < 0)
        #expect(c("I have never liked their app.") < 0)
    }

    @Test func kindlyIsAPolitenessMarkerNotPraise() {
        #expect(c("Kindly refund my money.") <= 0)
        #expect(c("Kindly improve your performance.") < SentimentTestSupport.vader.score("Kindly improve your performance.").compound)
    }

    @Test func longMildReviewDoesNotScoreLikeARant() {
        let remark = "The room was okay and the staff were fine."
        let mild = Array(repeating: remark, count: 10).joined(separator: " ")
        let rant = Array(repeating: "The room was filthy and the staff were horrible and rude!", count: 10).joined(separator: " ")
        #expect(c(remark) > 0.05)
        #expect(c(mild) < 0.75)
        // At most √3 stronger (Tuning.accumulationCap) than one such sentence, in raw-sum terms.
        #expect(c(mild) < c(Array(repeating: remark, count: 3).joined(separator: " ")) + 1e-9)
        #expect(c(rant) < -0.9)
        #expect(abs(c(mild)) < abs(c(rant)) - 0.2)
        // VADER's single sum saturates on the same mild text.
        #expect(SentimentTestSupport.vader.score(mild).compound > 0.95)
    }

    @Test func cxOverlayPhrases() {
        #expect(c("I was on hold for an hour.") < 0)
        #expect(c("My parcel never arrived.") < 0)
        #expect(c("I am still waiting for my refund.") < 0)
        #expect(c("The blue one was out of stock.") < 0)
        #expect(c("They overcharged me.") < 0)
        #expect(c("The agent went above and beyond.") > 0.3)
        #expect(c("Returns were hassle-free.") > 0.3)
        #expect(c("Setup was seamless.") > 0.3)
    }

    @Test func excessCounterfactualAndLike() throws {
        #expect(c("The screen is too small.") < 0)
        #expect(c("A bigger battery would have been nicer.") < 0)
        // A comparison is not the verb: a fifth of its valence (Tuning.comparisonLikeValence), a negated one none.
        #expect(c("It looks like a phone.") > 0.05)
        #expect(c("It looks like a phone.") < c("I like this phone.") / 2)
        #expect(c("It's not like a phone.") == 0)
        let analyzed = try TextAnalyzer().analyze("It looks like a phone.")
        let (_, items, traces, _) = SentimentTestSupport.analyzer.explain(tokens: analyzed.sentences[0].tokens[...], in: analyzed)
        let like = try #require(items.firstIndex { $0.lower == "like" })
        #expect(traces[like].base == SentimentAnalyzer.Tuning.comparisonLikeValence)
        #expect(traces[like].rules.contains { $0.contains("'like' compares") })
        #expect(c("I do not like this phone.") < 0)
        // "shoot" is rated as the interjection; its inflections are the neutral verb and noun.
        #expect(c("Photo shoots all day tomorrow.") == 0)
        #expect(c("We went shooting at the range.") == 0)
        #expect(c("Shoot, I missed the bus.") < 0)
        #expect(c("I like this phone.") > 0)
    }

    @Test(arguments: ["super", "definitely", "truly", "perfectly", "pretty", "damn", "seriously"])
    func valencedIntensifierBoostsAQualityInsteadOfScoringItself(word: String) throws {
        // Before a sentiment word it only strengthens it, by VADER's booster increment.
        let boosted = c("I was \(word) disappointed."), plain = c("I was disappointed.")
        #expect(boosted < plain)
        #expect(abs(VaderConstants.normalize(-2.1 - VaderConstants.boosterIncrement) - boosted) < 1e-4)
        // Before a neutral quality or "too" it adds no praise or blame of its own.
        #expect(c("They run \(word) petite.") == 0)
        #expect(c("The jeans are \(word) too tight.") < c("The jeans are too tight."))
        // mtm explain names the rule.
        let analyzed = try TextAnalyzer().analyze("I was \(word) disappointed.")
        let (_, items, traces, _) = SentimentTestSupport.analyzer.explain(tokens: analyzed.sentences[0].tokens[...], in: analyzed)
        let index = try #require(items.firstIndex { $0.lower == word })
        #expect(traces[index].rules.contains { $0.hasPrefix("intensifier before 'disappointed'") })
        #expect(traces[index].base != nil)
    }

    @Test func prettyBadIsNegative() {
        #expect(c("The food was pretty bad.") < c("The food was bad."))
        #expect(c("The food was pretty good.") > 0.3)
        #expect(c("What a pretty dress.") > 0.3)
    }

    @Test func valencedIntensifierAloneKeepsItsValence() {
        #expect(c("The service was super.") > 0.5)
        #expect(c("I will definitely be back.") > 0.3)
        // Plain intensifiers have no valence of their own anyway.
        #expect(c("They run really petite.") == 0)
    }

    @Test func inflectionsMadeByTwoWordsTakeTheSmallerWordsValence() {
        // "hug"+"ed" and "huge"+"d" both spell "huged": the table must not depend on dictionary order.
        let words: [String: Double] = ["hug": 2.1, "huge": 1.3, "hide": -0.7, "hid": -0.4]
        var table = SentimentAnalyzer.WordTable(capacity: 16)
        for (word, value) in words { table.update(word) { $0.valence = value } }
        SentimentAnalyzer.addInflections(of: words, to: &table)
        #expect(table.valence("huged") == 2.1)
        #expect(table.valence("hided") == -0.4)
        #expect(table.valence("hugging") == 2.1)
        #expect(table.valence("hides") == -0.7)
        // Listed words keep their own valence; short forms are not made.
        #expect(table.valence("hug") == 2.1)
        #expect(table.valence("hugs") == nil)
    }

    @Test func letterAndEscapedEmoticonsCount() {
        #expect(c("Really? o_O") < 0)
        #expect(c("And yet it makes sense xD") > 0.3)
        #expect(c("See you tomorrow &lt;3") > 0.3)
        #expect(c("See you tomorrow &lt;3") == c("See you tomorrow <3"))
    }

    @Test func discourseMarkersOnlyOpenTheirClause() {
        #expect(c("Ok, let's see.") == 0)
        // Addressee handles before it do not make it a predicate.
        #expect(c("@anna @bob ok, let's see.") == 0)
        #expect(c("Well, the bus left.") == 0)
        #expect(c("Nine more days. And that's okay.") > 0)
        #expect(c("The room was ok.") > 0)
    }

    @Test func hyphenCompoundsHashtagsAndEntitiesAreNotScoredByParts() {
        #expect(c("We made mock-ups all day.") == 0)
        #expect(c("Thanks for the #FF") < c("Thanks for the FF mention"))
        #expect(c("Press Play &gt; Stop") == c("Press Play Stop") - 0 || c("Press Play &gt; Stop") <= c("Press Play Stop"))
    }

    @Test func clauseScoreUsesOnlyTheGivenTokens() throws {
        let analyzed = try TextAnalyzer().analyze("The delivery was late but the driver was lovely.")
        let tokens = analyzed.sentences[0].tokens
        let cut = try #require(tokens.firstIndex { $0.norm == "but" })
        let first = SentimentTestSupport.analyzer.score(tokens: tokens[..<cut], in: analyzed)
        let second = SentimentTestSupport.analyzer.score(tokens: tokens[(cut + 1)...], in: analyzed)
        #expect(first.compound < 0)
        #expect(second.compound > 0)
    }

    @Test func emptyAndPunctuationOnlyInputIsNeutral() throws {
        for text in ["", "   ", "...", "!!!"] {
            let analyzed = try TextAnalyzer().analyze(text)
            let (record, _) = SentimentTestSupport.analyzer.score(analyzed)
            #expect(record == .neutral)
        }
    }

    @Test func randomStringsStayInRange() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcxyz ABC!?.,:;()-'😀😡👍 \n\tnot very good bad but")
        for _ in 0..<200 {
            let text = String((0..<Int.random(in: 0..<80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let analyzed = try TextAnalyzer().analyze(text)
            let (record, sentences) = SentimentTestSupport.analyzer.score(analyzed)
            #expect((-1...1).contains(record.compound))
            #expect(sentences.count == analyzed.sentences.count)
            let v = SentimentTestSupport.vader.score(text)
            #expect((-1...1).contains(v.compound))
        }
    }
}
