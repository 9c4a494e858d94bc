import ArgumentParser
import MTMIngest
import MTMLexicon
import MTMRecord
import MTMScoring
import MTMText

/// `mtm tag`: touchpoint mentions per record, each with its clause's sentiment.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag customer-journey touchpoints in text; JSONL with each record's mentions.",
        discussion: """
        One record per input line: plain text, or a JSON object with "text" (and optional "id"). Output: one JSON
        object per record: id, text, mentions [touchpoint, label, stage, handoff, phrase, start, end (UTF-8 byte
        offsets into text), compound, emotions, stage_index, clause_start, clause_end, negated, promise].
        Each mention takes the sentiment of its own clause: sentences are split at "but", "however", "although",
        "though", "while", "whereas", "yet", ";" ... and, when a clause names several touchpoints, at "," and "and".

        Examples:
          mtm tag reviews.txt --taxonomy hospitality
          echo "Great food but the service was slow" | mtm tag --taxonomy hospitality
          mtm tag feedback.jsonl --taxonomy ./my-taxonomy.yaml
        """
    )

    @Argument(help: "Input file, or - for standard input.")
    var input: String = "-"

    @Option(help: "Taxonomy name (mtm taxonomy list) or path to a taxonomy .yaml file.")
    var taxonomy: String = "lifecycle"

    @Option(help: "Lexicons folder (default: the one shipped with mtm, or $MTM_LEXICONS).")
    var lexicons: String?

    @Flag(help: "Write only records with at least one mention.")
    var onlyMentions = false

    func run() throws {
        let loaded: Taxonomy
        do { loaded = try TaxonomyCatalog(lexicons: lexicons).load(taxonomy) } catch { throw RunFailure(error.description) }
        let tagger = TouchpointTagger(taxonomy: loaded)
        let scorer = try TagScorer.make(lexicons: lexicons)
        let analyzer: TextAnalyzer
        do { analyzer = try TextAnalyzer() } catch { throw RunFailure(error.description) }
        let reader: LineReader
        do { reader = try LineReader(path: input) } catch { throw RunFailure(error.description) }
        var out = StandardOutput()
        var records = 0, mentions = 0
        while let line = reader.nextLine() {
            guard let (id, text) = TagInput.record(line, source: input, line: reader.lineNumber) else { continue }
            let found = tagger.mentions(in: analyzer.analyze(text), scorer: scorer)
            records += 1
            mentions += found.count
            if onlyMentions && found.isEmpty { continue }
            var w = JSONWriter()
            w.beginObject()
            w.field("id", id)
            w.field("text", text)
            w.key("mentions")
            w.beginArray()
            for mention in found { mention.write(to: &w) }
            w.endArray()
            w.endObject()
            out.writeLine(w.output)
        }
        out.flush()
        for finding in reader.findings { StandardError.write("\(finding)\n") }
        StandardError.write("mtm tag: \(records) records, \(mentions) mentions (taxonomy \(loaded.name))\n")
    }
}

/// One input line as a record: a JSON object with "text" (and "id"), or plain text.
enum TagInput {
    static func record(_ line: String, source: String, line number: Int) -> (id: String, text: String)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty { return nil }
        if trimmed.first == "{", let value = try? JSONParser.parse(String(trimmed)), let text = value["text"]?.stringValue {
            return (value["id"]?.scalarText ?? "\(source):\(number)", text)
        }
        return ("\(source):\(number)", line)
    }
}
