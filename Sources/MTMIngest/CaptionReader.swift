import MTMRecord

/// WebVTT and SRT: blocks of an optional identifier, a `start --> end [settings]` line and payload lines. WebVTT
/// `NOTE`, `STYLE` and `REGION` blocks and the header are skipped; `<v Name>` voice tags name the speaker (a cue
/// without one continues the previous speaker), or, in files without voice tags, a `Name: text` label; other tags (`<c.x>`, `<i>`, inline `<00:01:02.000>` timings) are
/// removed and entities decoded. A timing line inside a payload starts a new cue (YouTube's rolling captions).
enum CaptionReader {
    static func read(_ reader: LineReader, webVTT: Bool) -> CueList {
        var list = CueList()
        var speaker: String?
        var inHeader = webVTT
        var skipping = false
        var current: (start: Double, end: Double, line: Int, lines: [String])?
        var pendingIdentifierLine = 0
        var sawVoiceTag = false

        func finish() {
            guard let cue = current else { return }
            current = nil
            var lines = cue.lines
            if let voice = voiceName(in: lines.joined(separator: " ")) {
                speaker = voice
                sawVoiceTag = true
            } else if !sawVoiceTag, let (name, rest) = lines.first.flatMap(SpeakerLabel.plainLabel) {
                // `Name: text` inside the cue (Zoom's WebVTT, interview SRTs); ignored once voice tags are in use.
                speaker = name
                lines[0] = rest
            }
            let text = collapse(decodeEntities(stripTags(lines.joined(separator: " "))))
            if text.isEmpty {
                list.rejections.append(Rejection(Finding(.error, code: "empty-cue", source: reader.source, line: cue.line,
                                                         message: "the cue has no text", hint: "nothing to score"),
                                                 raw: cue.lines.joined(separator: "\n")))
                return
            }
            list.cues.append(Cue(speaker: speaker, start: cue.start, end: cue.end, text: text, line: cue.line))
        }

        var first = true
        while let line = reader.nextLine() {
            let trimmed = line.trimmingCharacters(in: " \t")
            if first {
                first = false
                if webVTT, !trimmed.hasPrefix("WEBVTT") {
                    list.findings.append(Finding(.warning, code: "vtt-header", source: reader.source, line: 1,
                                                 message: "a WebVTT file should start with WEBVTT",
                                                 hint: "read on as WebVTT; use --input-format if this is another format"))
                    inHeader = false
                }
            }
            if trimmed.isEmpty {
                finish()
                inHeader = false
                skipping = false
                continue
            }
            if inHeader, trimmed.contains("-->") { inHeader = false }  // a cue right after the header line
            if inHeader || skipping { continue }
            if current == nil, webVTT, trimmed.hasPrefix("NOTE") || trimmed == "STYLE" || trimmed == "REGION" {
                skipping = true
                continue
            }
            if trimmed.contains("-->") {
                finish()
                guard let (start, end) = timing(trimmed) else {
                    list.rejections.append(Rejection(Finding(.error, code: "bad-timing", source: reader.source,
                                                             line: reader.lineNumber,
                                                             message: "'\(trimmed.prefix(60))' is not a cue timing line",
                                                             hint: "timings read hh:mm:ss.mmm --> hh:mm:ss.mmm"),
                                                     raw: trimmed))
                    skipping = true
                    continue
                }
                current = (start, end, pendingIdentifierLine > 0 ? pendingIdentifierLine : reader.lineNumber, [])
                pendingIdentifierLine = 0
                continue
            }
            if current == nil {
                // A cue identifier (SRT's number), remembered for the cue's line.
                pendingIdentifierLine = reader.lineNumber
                continue
            }
            current!.lines.append(trimmed)
        }
        finish()
        list.findings += reader.takeFindings()
        return list
    }

    /// `00:01:02.500 --> 00:01:05.000 align:start` (WebVTT), `00:01:02,500 --> ...` (SRT).
    static func timing(_ line: String) -> (Double, Double)? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let arrow = parts.firstIndex(of: "-->"), arrow > 0, arrow + 1 < parts.count,
              let start = Timecode.seconds(parts[arrow - 1]), let end = Timecode.seconds(parts[arrow + 1]) else { return nil }
        return (start, end)
    }

    /// The name in a `<v Name>` or `<v.loud Name>` tag.
    static func voiceName(in text: String) -> String? {
        guard let open = text.firstRange(of: "<v") else { return nil }
        let after = text[open.upperBound...]
        guard let first = after.first, first == " " || first == "." || first == "\t" else { return nil }
        guard let close = after.firstIndex(of: ">") else { return nil }
        var inside = after[..<close]
        if inside.first == "." { inside = inside.drop { $0 != " " } }
        let name = inside.trimmingCharacters(in: " \t")
        return name.isEmpty ? nil : name
    }

    static func stripTags(_ text: String) -> String {
        var out = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true; continue }
            if c == ">", inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var s = text
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&lrm;", ""), ("&rlm;", ""),
                                ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: value)
        }
        return s
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
