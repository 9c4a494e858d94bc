import MTMRecord

/// Errors of the aggregation stage: a partial file that cannot be read back.
public enum AggregateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not JSON.
    case syntax(file: String?, line: Int, column: Int, message: String)
    /// A field is missing or has the wrong type.
    case field(file: String?, path: String, expected: String)
    /// The partial was written by a newer format version.
    case version(file: String?, found: Int, supported: Int)

    public var description: String {
        switch self {
        case let .syntax(file, line, column, message):
            return "\(file ?? "partial"):\(line):\(column): not valid JSON (\(message)); "
                + "pass a file written by `mtm analyze --partial-out` or `mtm merge`"
        case let .field(file, path, expected):
            return "\(file ?? "partial"): field '\(path)' is missing or not \(expected); "
                + "the file is not an mtm partial or was edited by hand — regenerate it with `mtm analyze --partial-out`"
        case let .version(file, found, supported):
            return "\(file ?? "partial"): partial format version \(found) is newer than this mtm reads "
                + "(\(supported)); upgrade mtm or regenerate the partial with this version"
        }
    }

    /// The same error attributed to `file`.
    public func inFile(_ file: String) -> AggregateError {
        switch self {
        case let .syntax(_, l, c, m): return .syntax(file: file, line: l, column: c, message: m)
        case let .field(_, p, e): return .field(file: file, path: p, expected: e)
        case let .version(_, f, s): return .version(file: file, found: f, supported: s)
        }
    }
}

/// Typed field access over a parsed partial, with the path of the field in every error.
struct JSONReader {
    let value: JSONValue
    let context: String

    init(_ value: JSONValue, context: String) {
        self.value = value
        self.context = context
    }

    func member(_ key: String) throws(AggregateError) -> JSONValue {
        guard let v = value[key] else { throw .field(file: nil, path: "\(context).\(key)", expected: "present") }
        return v
    }

    func child(_ key: String) throws(AggregateError) -> JSONReader {
        JSONReader(try member(key), context: "\(context).\(key)")
    }

    func string(_ key: String) throws(AggregateError) -> String {
        guard case let .string(s) = try member(key) else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "a string")
        }
        return s
    }

    func optionalString(_ key: String) -> String? { value[key]?.stringValue }

    func int(_ key: String) throws(AggregateError) -> Int {
        guard case let .number(n) = try member(key), n == n.rounded(), abs(n) < 9e15 else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "an integer")
        }
        return Int(n)
    }

    func int64(_ key: String) throws(AggregateError) -> Int64 { Int64(try int(key)) }

    func optionalInt(_ key: String) -> Int? {
        if case let .number(n)? = value[key], n == n.rounded(), abs(n) < 9e15 { return Int(n) }
        return nil
    }

    func bool(_ key: String) throws(AggregateError) -> Bool {
        guard case let .bool(b) = try member(key) else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "true or false")
        }
        return b
    }

    func sum(_ key: String) throws(AggregateError) -> ExactSum {
        guard case let .string(s) = try member(key), let v = ExactSum(text: s) else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "an exact sum (integer text)")
        }
        return v
    }

    func array(_ key: String) throws(AggregateError) -> [JSONValue] {
        guard case let .array(items) = try member(key) else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "an array")
        }
        return items
    }

    func object(_ key: String) throws(AggregateError) -> [(key: String, value: JSONValue)] {
        guard case let .object(members) = try member(key) else {
            throw .field(file: nil, path: "\(context).\(key)", expected: "an object")
        }
        return members
    }

    /// An object of name → integer count.
    func counts(_ key: String) throws(AggregateError) -> [String: Int] {
        var out: [String: Int] = [:]
        for (k, v) in try object(key) {
            guard case let .number(n) = v, n == n.rounded() else {
                throw .field(file: nil, path: "\(context).\(key).\(k)", expected: "an integer")
            }
            out[k] = Int(n)
        }
        return out
    }

    /// An object of name → exact sum.
    func sums(_ key: String) throws(AggregateError) -> [String: ExactSum] {
        var out: [String: ExactSum] = [:]
        for (k, v) in try object(key) {
            guard case let .string(s) = v, let e = ExactSum(text: s) else {
                throw .field(file: nil, path: "\(context).\(key).\(k)", expected: "an exact sum")
            }
            out[k] = e
        }
        return out
    }
}

extension JSONWriter {
    mutating func field(_ name: String, _ sum: ExactSum) { key(name); string(sum.text) }

    /// name → count, keys sorted.
    mutating func counts(_ name: String, _ dict: [String: Int]) {
        key(name)
        beginObject()
        for k in dict.keys.sorted() { field(k, dict[k]!) }
        endObject()
    }

    mutating func sums(_ name: String, _ dict: [String: ExactSum]) {
        key(name)
        beginObject()
        for k in dict.keys.sorted() { field(k, dict[k]!) }
        endObject()
    }
}
