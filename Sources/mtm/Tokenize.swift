import ArgumentParser
import MTMIngest
import MTMRecord
import MTMText

/// `mtm tokenize`: the text stage on its own: sentences and tokens with their ranges in the original text.
struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into sentences and tokens (ICU), with offsets into the original text.",
        discussion: """
        One record per input line (or the whole input with --whole). JSONL output: one object per record with \
        its sentences and their tokens: text, norm, kind, start, end (UTF-8 byte offsets into the record's text), \
        char_start, char_end (code point offsets), count (for !!! runs), script, flags. TSV output: one row per \
        token.

        Kinds: word, number, punctuation, symbol, emoji, emoticon, url, email, mention, hashtag. Flags: all_caps, \
        elongated, negation, elided, apostrophe, ideographic. Invalid UTF-8 is replaced with U+FFFD and reported \
        on standard error with its line.

        Examples:
          mtm tokenize reviews.txt
          echo "Don’t book the 8am slot!!! 😡" | mtm tokenize --format tsv
          mtm tokenize --whole --normalization nfc transcript.txt
          mtm tokenize --locale de_DE - < bewertungen.txt
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    @Argument(help: "Input file, or - for standard input.")
    var input: String = "-"

    @Flag(help: "Treat the whole input as one record instead of one record per line.")
    var whole = false

    @Option(help: "Output format: jsonl or tsv.")
    var format: Format = .jsonl

    @Option(help: "Normalisation of token norms: none, nfc, nfkc, nfkc-casefold.")
    var normalization: String = "nfkc-casefold"

    @Option(help: "ICU locale for segmentation.")
    var locale: String = "en_US"

    func validate() throws {
        guard TextConfiguration.Normalization(rawValue: normalization) != nil else {
            throw ValidationError("unknown --normalization '\(normalization)': use none, nfc, nfkc or nfkc-casefold")
        }
    }

    func run() throws {
        let configuration = TextConfiguration(normalization: TextConfiguration.Normalization(rawValue: normalization)!,
                                              locale: locale)
        let analyzer: TextAnalyzer
        do { analyzer = try TextAnalyzer(configuration) } catch { throw RunFailure(error.description) }
        let reader: LineReader
        do { reader = try LineReader(path: input) } catch { throw RunFailure(error.description) }
        var out = StandardOutput()
        if format == .tsv { out.writeLine("record\tsentence\ttext\tnorm\tkind\tstart\tend\tflags") }

        func emit(id: String, text: String) {
            let analyzed = analyzer.analyze(text)
            switch format {
            case .jsonl: out.writeLine(TokenJSON.record(id: id, analyzed))
            case .tsv: TokenJSON.tsv(id: id, analyzed, into: &out)
            }
        }

        if whole {
            var lines: [String] = []
            while let line = reader.nextLine() { lines.append(line) }
            emit(id: "\(input):1", text: lines.joined(separator: "\n"))
        } else {
            while let line = reader.nextLine() {
                emit(id: "\(input):\(reader.lineNumber)", text: line)
            }
        }
        out.flush()
        for finding in reader.findings { StandardError.write("\(finding)\n") }
        if !reader.findings.isEmpty {
            StandardError.write("mtm tokenize: \(reader.findings.count) finding(s) in \(input)\n")
        }
    }
}

/// JSON and TSV shapes of the text stage's output.
enum TokenJSON {
    static func record(id: String, _ analyzed: AnalyzedText) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.field("text", analyzed.text)
        w.key("sentences")
        w.beginArray()
        for sentence in analyzed.sentences {
            w.beginObject()
            w.field("text", String(analyzed.source(sentence.utf8Range)))
            w.field("start", sentence.utf8Range.lowerBound)
            w.field("end", sentence.utf8Range.upperBound)
            w.key("tokens")
            w.beginArray()
            for token in sentence.tokens {
                w.beginObject()
                w.field("text", String(analyzed.source(token.utf8Range)))
                w.field("norm", token.norm)
                w.field("kind", token.kind.rawValue)
                w.field("start", token.utf8Range.lowerBound)
                w.field("end", token.utf8Range.upperBound)
                w.field("char_start", token.scalarRange.lowerBound)
                w.field("char_end", token.scalarRange.upperBound)
                if token.repeatCount > 1 { w.field("count", token.repeatCount) }
                w.field("script", token.script.name)
                let names = token.flags.names
                if !names.isEmpty {
                    w.key("flags")
                    w.beginArray()
                    for name in names { w.string(name) }
                    w.endArray()
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

    static func tsv(id: String, _ analyzed: AnalyzedText, into out: inout StandardOutput) {
        for (index, sentence) in analyzed.sentences.enumerated() {
            for token in sentence.tokens {
                let text = String(analyzed.source(token.utf8Range))
                let fields = [id, String(index + 1), clean(text), clean(token.norm), token.kind.rawValue,
                              String(token.utf8Range.lowerBound), String(token.utf8Range.upperBound),
                              token.flags.names.joined(separator: ",")]
                out.writeLine(fields.joined(separator: "\t"))
            }
        }
    }

    /// TSV cells cannot hold tabs or line breaks.
    private static func clean(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
