import MTMText

extension PhraseMatcher {
    /// A token as the matcher sees it.
    struct Unit {
        var id: Int32?
        var surface: String
        /// Index range of the tokens this unit stands for.
        var tokens: Range<Int>
        var utf8Range: Range<Int>
        /// Punctuation that ends phrases.
        var barrier: Bool
    }

    /// Tokens → units: joining hyphens/slashes/ampersands dropped, other punctuation a barrier, `#` stripped.
    func units(_ tokens: [Token]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word, .number, .hashtag:
                let surface = Inflection.surface(token.norm)
                if surface.isEmpty { continue }
                units.append(Unit(id: vocabulary[Inflection.stem(surface)], surface: surface, tokens: index..<index + 1,
                                  utf8Range: token.utf8Range, barrier: false))
            case .punctuation, .symbol:
                if Self.isJoiner(token.norm), index > 0, index + 1 < tokens.count,
                   tokens[index - 1].utf8Range.upperBound == token.utf8Range.lowerBound,
                   tokens[index + 1].utf8Range.lowerBound == token.utf8Range.upperBound {
                    continue
                }
                if token.norm == "#" || token.norm == "'" { continue }
                units.append(Unit(id: nil, surface: "", tokens: index..<index + 1, utf8Range: token.utf8Range, barrier: true))
            default:
                units.append(Unit(id: nil, surface: "", tokens: index..<index + 1, utf8Range: token.utf8Range, barrier: true))
            }
        }
        return units
    }

    static func isJoiner(_ norm: String) -> Bool {
        norm == "-" || norm == "/" || norm == "&" || norm == "\u{2010}" || norm == "\u{2011}" || norm == "+"
    }

    /// All matches in one sentence's tokens, in text order, after excludes.
    public func matches(_ tokens: [Token]) -> [Match] {
        let units = units(tokens)
        var found: [Match] = []
        var unitRanges: [Range<Int>] = []
        var vetoes: [(target: Int, units: Range<Int>)] = []
        var i = 0
        var nextFree = 0
        while i < units.count {
            if units[i].barrier { i += 1; continue }
            var best: (end: Int, entries: [Entry])?
            var longestExclude: (end: Int, entries: [Entry])?
            func walk(from node: Int32, at start: Int) {
                var node = node
                var j = start
                while true {
                    let entries = terminals[Int(node)]
                    if !entries.isEmpty {
                        if entries.contains(where: { $0.kind == .phrase }), j > (best?.end ?? i) { best = (j, entries) }
                        if entries.contains(where: { $0.kind == .exclude }), j > (longestExclude?.end ?? i) {
                            longestExclude = (j, entries)
                        }
                    }
                    guard j < units.count, let next = step(node, units[j]) else { return }
                    node = next
                    j += 1
                }
            }
            walk(from: 0, at: i)
            // Two adjacent words against a one-word phrase: "wi fi" → "wifi".
            if i + 1 < units.count, !units[i + 1].barrier, compoundHeads.contains(units[i].surface),
               let id = vocabulary[Inflection.stem(units[i].surface + units[i + 1].surface)],
               let child = edges[UInt64(UInt32(id))] {
                walk(from: child, at: i + 2)
            }
            if let longestExclude {
                for entry in longestExclude.entries where entry.kind == .exclude {
                    vetoes.append((entry.target, i..<longestExclude.end))
                }
            }
            if let best, i >= nextFree {
                var emitted: Set<Int> = []
                for entry in best.entries where entry.kind == .phrase && emitted.insert(entry.target).inserted {
                    let first = units[i], last = units[best.end - 1]
                    found.append(Match(target: entry.target, phrase: entry.phrase, promise: entry.promise,
                                       tokens: first.tokens.lowerBound..<last.tokens.upperBound,
                                       utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound))
                    unitRanges.append(i..<best.end)
                }
                nextFree = best.end
                i = best.end
                continue
            }
            i += 1
        }
        guard !vetoes.isEmpty else { return found }
        return zip(found, unitRanges).filter { match, range in
            !vetoes.contains { $0.target == match.target && $0.units.overlaps(range) }
        }.map(\.0)
    }

    /// The child of `node` for one unit: its word id, else the longest matching prefix edge.
    private func step(_ node: Int32, _ unit: Unit) -> Int32? {
        if unit.barrier { return nil }
        if let id = unit.id, let child = edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))] { return child }
        guard let lengths = prefixLengths[node], let table = prefixEdges[node] else { return nil }
        let scalars = unit.surface.unicodeScalars
        var best: (length: Int, child: Int32)?
        for length in lengths where length <= scalars.count && length > (best?.length ?? 0) {
            let prefix = String(String.UnicodeScalarView(scalars.prefix(length)))
            if let child = table[prefix] { best = (length, child) }
        }
        return best?.child
    }
}
