import MTMRecord

extension IngestOptions {
    /// Reads a survey mapping file (`--touchpoint-map`): CSV or TSV with a header naming `column`, `touchpoint` and
    /// optionally `importance_column`; each row maps a rating column (and its stated-importance column) to a
    /// touchpoint id. Rows are added to `touchpointRatings` and `statedImportance`.
    public mutating func loadTouchpointMap(_ path: String) throws(IngestError) {
        let stream = try ByteStream(path: path)
        _ = stream.refill()
        let delimiter = DelimiterSniffer.sniff(stream.buffer[stream.index...]) ?? UInt8(ascii: ",")
        let reader = CSVReader(stream: stream, delimiter: delimiter)
        var header: [String]?
        while let row = reader.nextRow() {
            guard case let .fields(fields, line) = row else {
                throw IngestError.unusableInput(path: path, reason: "a row of the mapping file cannot be read",
                                                hint: "check its quotes")
            }
            let cells = fields.map { $0.trimmingCharacters(in: " \t") }
            guard let names = header else {
                header = cells.map(ColumnMapping.normalize)
                guard header!.contains("column"), header!.contains("touchpoint") else {
                    throw IngestError.unusableInput(path: path, reason: "the mapping file needs a header with 'column' and 'touchpoint'",
                                                    hint: "write e.g. column,touchpoint,importance_column")
                }
                continue
            }
            func value(_ name: String) -> String? {
                guard let i = names.firstIndex(of: name), i < cells.count, !cells[i].isEmpty else { return nil }
                return cells[i]
            }
            guard let column = value("column"), let touchpoint = value("touchpoint") else {
                throw IngestError.unusableInput(path: path, reason: "line \(line) lacks a column or a touchpoint",
                                                hint: "fill both, e.g. checkin_score,checkin")
            }
            touchpointRatings.append(TouchpointColumn(column: column, touchpoint: touchpoint))
            if let importance = value("importance column") {
                statedImportance.append(TouchpointColumn(column: importance, touchpoint: touchpoint))
            }
        }
    }
}
