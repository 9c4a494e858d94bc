import MTMRecord

/// JSON and JSONL records for `TabularSource`. Columns are dotted paths (`review.body`) found in the first record,
/// plus any path an option names. A JSON file is an array of objects, or an object holding such an array (the first
/// one met); it is split into elements while reading, so only one element is in memory at a time.
final class JSONRowProvider: RowProvider {
    let stream: ByteStream
    let lines: Bool
    var source: String { stream.source }
    private(set) var columns: [String] = []
    private var requested: [String]
    private var findings: [Finding]
    private var line = 1
    private var element: [UInt8] = []
    private var phase = Phase.start
    private var jsonlReader: LineReader?

    private enum Phase { case start, inArray(depth: Int), done }

    init(stream: ByteStream, lines: Bool, requestedColumns: [String]) {
        self.stream = stream
        self.lines = lines
        requested = requestedColumns
        findings = stream.notes
        if lines { jsonlReader = LineReader(stream: stream) }
    }

    func takeFindings() -> [Finding] {
        if let jsonlReader { findings += jsonlReader.takeFindings() }
        defer { findings.removeAll() }
        return findings
    }

    func nextRow() -> CSVReader.Row? {
        guard let (bytes, startLine) = lines ? nextLine() : nextElement() else { return nil }
        var value: JSONValue
        do { value = try JSONParser.parse(bytes: bytes) } catch {
            return reject(bytes, line: startLine + error.line - 1, column: error.column,
                          message: "invalid JSON: \(error.message)", hint: "fix the JSON syntax at this place")
        }
        // An array of strings is an array of texts.
        if case let .string(text) = value { value = .object([(key: "text", value: .string(text))]) }
        guard case .object = value else {
            return reject(bytes, line: startLine, column: nil, message: "a record is not a JSON object",
                          hint: "each record must be an object such as {\"text\": \"...\"}")
        }
        if columns.isEmpty {
            var paths: [String] = []
            Self.leafPaths(value, prefix: "", into: &paths)
            columns = paths + requested.filter { !paths.contains($0) }
        }
        return .fields(columns.map { Self.text(value.value(atPath: $0)) }, line: startLine)
    }

    private func reject(_ bytes: [UInt8], line: Int, column: Int?, message: String, hint: String) -> CSVReader.Row {
        .rejected(Rejection(Finding(.error, code: "bad-json", source: source, line: line, column: column,
                                    message: message, hint: hint),
                            raw: String(decoding: bytes.prefix(Rejection.rawTextLimit * 4), as: UTF8.self)))
    }

    static func text(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        if let s = value.scalarText { return s }
        if case let .array(items) = value { return items.compactMap(\.scalarText).joined(separator: ", ") }
        if case .null = value { return "" }
        return value.jsonText
    }

    static func leafPaths(_ value: JSONValue, prefix: String, into paths: inout [String]) {
        if case let .object(members) = value {
            for (key, member) in members {
                let path = prefix.isEmpty ? key : prefix + "." + key
                if case .object = member { leafPaths(member, prefix: path, into: &paths) } else { paths.append(path) }
            }
        }
    }

    private func nextLine() -> ([UInt8], Int)? {
        guard let reader = jsonlReader else { return nil }
        while let bytes = reader.nextLineBytes() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return (bytes, reader.lineNumber)
        }
        return nil
    }

    /// The bytes of the next element of the record array, and the line it starts on.
    private func nextElement() -> ([UInt8], Int)? {
        var depth = 0
        var inString = false, escaped = false
        if case .start = phase {
            // Find the record array: the top value, or the first array directly inside the top object.
            var topObject: [UInt8] = []
            let startLine = line
            while let b = stream.next() {
                if b == 0x0A { line += 1 }
                if depth >= 1 { topObject.append(b) }
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                    continue
                }
                switch b {
                case 0x22: inString = true
                case UInt8(ascii: "["):
                    if depth <= 1 { phase = .inArray(depth: depth + 1); return nextElement() }
                    depth += 1
                case UInt8(ascii: "{"):
                    if depth == 0 { topObject = [b] }
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { phase = .done; return (topObject, startLine) }
                default: break
                }
            }
            phase = .done
            return topObject.isEmpty ? nil : (topObject, startLine)
        }
        guard case let .inArray(arrayDepth) = phase else { return nil }
        element.removeAll(keepingCapacity: true)
        depth = arrayDepth
        var startLine = line
        while let b = stream.next() {
            if b == 0x0A { line += 1 }
            if inString {
                element.append(b)
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D:
                if !element.isEmpty { element.append(b) }
                continue
            case UInt8(ascii: ","):
                if depth == arrayDepth {
                    if element.isEmpty { continue }
                    return (element, startLine)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == arrayDepth {
                    phase = .done
                    return element.isEmpty ? nil : (element, startLine)
                }
                depth -= 1
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case 0x22: inString = true
            default: break
            }
            if element.isEmpty { startLine = line }
            element.append(b)
        }
        phase = .done
        if !element.isEmpty { return (element, startLine) }
        return nil
    }
}
