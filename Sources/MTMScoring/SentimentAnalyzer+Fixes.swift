/// The `mtm` model's word lists and the fixes applied to a sentence's items after they are built.
extension SentimentAnalyzer {
    /// Words after which "like" is the verb ("I like", "really like", "would like"); elsewhere it is a preposition.
    static let likeVerbContext: Set<String> = [
        "i", "you", "we", "they", "u", "ya", "really", "would", "do", "did", "does", "to", "also", "definitely",
        "truly", "totally", "just", "still", "will", "dont", "don't", "didn't", "didnt", "doesn't", "doesnt", "i'd",
        "you'd", "we'd", "they'd", "i'll", "we'll", "you'll", "who", "people", "kids", "might", "may", "actually",
        "absolutely", "so", "sure", "much", "all", "quite", "not", "never", "and", "i'm", "im", "me", "would've",
    ]
    /// Whether a "like" after `items` is the verb: after a subject, auxiliary or adverb of `likeVerbContext`; after
    /// "not"/"never" only when one of those stands before it ("I do not like", "they never like") — "it's not like
    /// I'm jealous", "not like wind" compare.
    func isLikeVerb(_ items: [SentimentItem]) -> Bool {
        let previous = items[items.count - 1]
        guard previous.ruleWord == .not || previous.ruleWord == .never
        else { return Self.likeVerbContext.contains(previous.lower) }
        return items.count > 1 && Self.likeVerbContext.contains(items[items.count - 2].lower)
    }

    /// Answers and discourse markers that carry no opinion when a comma or full stop follows them.
    static let discourseMarkers: Set<String> = ["no", "ok", "okay", "well"]
    /// Lexicon words whose regular inflections mean something else ("all kinds of", not "kind"). "shoot" (−1.4) is
    /// VADER's rating of the euphemistic interjection ("Shoot!", for "shit"); an interjection has no inflections, and
    /// "shooting", "shoots" are the neutral verb and noun ("photo shoots", "shooting star", "went shooting").
    static let uninflected: Set<String> = ["kind", "like", "pretty", "well", "fine", "cool", "free", "mean", "patient",
                                           "shoot"]
    /// "too" followed by these is not excess ("me too much"? no: "too much" stays a complaint); kept small.
    static let tooExceptions: Set<String> = ["bad", "good", "many", "much"]
    /// Modal perfects that make what follows unreal: "would have been easier", "I'd have liked".
    static let counterfactualModals: Set<String> = [
        "would", "could", "should", "i'd", "you'd", "we'd", "they'd", "it'd", "wouldve", "would've", "could've",
        "should've",
    ]

    /// Lexicon words that are also degree adverbs. Before a quality they only intensify it — "super disappointed",
    /// "definitely too tight", "perfectly fine", "damn good" — as VADER's booster words do, so there they count as a
    /// booster (`VaderConstants.boosterIncrement`, following the quality's sign) instead of adding their own
    /// valence as praise (+2.9 for "super") or blame (−1.7 for "damn"). Alone or before anything else they keep it:
    /// "The service was super.", "I will definitely be back". "pretty" is the degree adverb before a quality ("pretty
    /// good", "pretty bad": VADER adds its +2.2 for "beautiful" and scores "pretty bad" near neutral); adding it moved
    /// weighted F1 on the ICWSM sets by −0.0002…+0.002. VADER's lexicon rates these as standalone words; its
    /// own booster list holds the plain intensifiers ("so", "really", "totally", "absolutely", "extremely"), which
    /// have no valence of their own there and need no rule.
    static let valencedIntensifiers: Set<String> = [
        "super", "definitely", "truly", "certainly", "perfectly", "pretty", "damn", "damned", "freaking", "freakin",
        "crazy", "seriously", "wicked", "terribly", "awfully", "insanely", "ridiculously", "dead",
    ]
    /// Qualities with no valence of their own that an intensifier may grade — size, fit, weight, firmness, speed,
    /// temperature, price, noise — and that are complaints or plain description when intensified ("super petite",
    /// "super tight", "crazy expensive"). Without them the intensifier would not be recognised, as nothing after it
    /// carries valence. Qualities customers mostly praise when they intensify them ("super soft", "super fast",
    /// "super light") are left out on purpose: there the intensifier is the only sentiment marker of the praise.
    static let gradableQualities: Set<String> = [
        "big", "bigger", "small", "smaller", "large", "tiny", "huge", "tall", "short", "long", "petite", "tight",
        "loose", "snug", "thin", "thick", "narrow", "wide", "heavy", "hard", "firm", "stiff", "slow", "slowly", "hot",
        "cold", "cheap", "expensive", "pricey", "low", "high", "loud", "quiet", "dark", "early", "late", "busy",
        "salty", "spicy", "flimsy", "stretchy", "sheer", "sensitive", "different",
    ]

    /// A valenced intensifier directly before a word with valence, a booster, "too", or a gradable quality counts as
    /// a booster (see `valencedIntensifiers`).
    func applyIntensifiers(_ items: inout [SentimentItem]) {
        guard items.count > 1 else { return }
        for i in 0..<(items.count - 1) where items[i].valence != nil && items[i].valencedIntensifier {
            guard items[i + 1].valence != nil || items[i + 1].booster != nil || items[i + 1].ruleWord == .too
                || items[i + 1].gradableQuality else { continue }
            items[i].intensifierValence = items[i].valence
            items[i].valence = nil
            items[i].booster = VaderConstants.boosterIncrement
        }
    }

    /// A positive word within three items after "would/could/should have" states what did NOT happen.
    func applyCounterfactuals(_ items: inout [SentimentItem]) {
        guard items.count > 2 else { return }
        for i in 0..<(items.count - 1) where items[i].counterfactualModal {
            var start = i + 1
            if !items[i].lower.hasSuffix("'ve") && !items[i].lower.hasSuffix("ve") {
                guard items[i + 1].ruleWord == .have else { continue }
                start = i + 2
            }
            for j in start..<min(items.count, start + 3) {
                if let v = items[j].valence, v > 0 { items[j].valence = v * Tuning.counterfactualScalar }
            }
        }
    }
}
