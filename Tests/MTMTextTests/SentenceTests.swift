@testable import MTMText
import Testing

@Suite struct SentenceTests {
    @Test func abbreviationsDoNotSplit() throws {
        let text = "Mr. Smith met Dr. Jones. We paid approx. 5 euros, e.g. for water. Prof. X left etc. and so on. Done."
        #expect(try sentenceTexts(text) == [
            "Mr. Smith met Dr. Jones.", "We paid approx. 5 euros, e.g. for water.", "Prof. X left etc. and so on.",
            "Done.",
        ])
    }

    @Test func quotedExclamationInsideASentence() throws {
        #expect(try sentenceTexts(#"He said "great!" and left. "Never!" She agreed."#) == [
            #"He said "great!" and left."#, #""Never!""#, "She agreed.",
        ])
    }

    @Test func abbreviationAtSentenceEndStillSplits() throws {
        #expect(try sentenceTexts("We had towels, soap etc. The room was fine.").count == 2)
    }

    @Test func listAndTranscriptLinesSplit() throws {
        let text = "Pros:\nfast check-in\nfriendly staff\nAgent: how can I help\nCustomer: my card was charged twice"
        #expect(try sentenceTexts(text) == [
            "Pros:", "fast check-in", "friendly staff", "Agent: how can I help", "Customer: my card was charged twice",
        ])
    }

    @Test func wrappedProseJoins() throws {
        let text = "I stayed three nights and the cleaning staff forgot our room on two of\nthose days, which was annoying.\nNext line."
        #expect(try sentenceTexts(text) == [
            "I stayed three nights and the cleaning staff forgot our room on two of\nthose days, which was annoying.",
            "Next line.",
        ])
    }

    @Test func trailingEmojiStayWithTheirSentence() throws {
        #expect(try sentenceTexts("Great stay!!! 😀 :) The pool was cold. 😡\nBye 👋") == [
            "Great stay!!! 😀 :)", "The pool was cold. 😡", "Bye 👋",
        ])
    }

    @Test func sentencesCoverTheirTokensInOrder() throws {
        let analyzed = try analyze("One. Two! Three? Four 😀\nFive :) http://x.com/a. Six")
        var previousEnd = 0
        for sentence in analyzed.sentences {
            #expect(sentence.utf8Range.lowerBound >= previousEnd)
            #expect(!sentence.tokens.isEmpty)
            for token in sentence.tokens {
                #expect(sentence.utf8Range.contains(token.utf8Range.lowerBound))
                #expect(token.utf8Range.upperBound <= sentence.utf8Range.upperBound)
            }
            previousEnd = sentence.utf8Range.upperBound
        }
        #expect(analyzed.sentences.count == 6)
    }

    @Test func emptyAndBlankText() throws {
        #expect(try analyze("").sentences.isEmpty)
        #expect(try analyze("  \n\t \r\n").sentences.isEmpty)
        #expect(try analyze("\u{0}\u{0}").sentences.isEmpty)
    }

    /// The sentence pass looks abbreviations up packed into eight bytes: each must fit, and the packed lists must
    /// hold exactly the words of the lists.
    @Test func abbreviationsFitTheirPackedLists() {
        for word in TokenRules.titleAbbreviations.union(TokenRules.abbreviations) {
            #expect(word.utf8.count <= 8 && word.utf8.allSatisfy { $0 != 0 && $0 < 0x80 }, "\(word)")
        }
        #expect(Set(TokenRules.packedTitleAbbreviations) == Set(TokenRules.titleAbbreviations.map(TokenRules.pack)))
        #expect(Set(TokenRules.packedAbbreviations) == Set(TokenRules.abbreviations.map(TokenRules.pack)))
        #expect(TokenRules.packedTitleAbbreviations.count == TokenRules.titleAbbreviations.count)
        #expect(TokenRules.packedAbbreviations.count == TokenRules.abbreviations.count)
    }
}
