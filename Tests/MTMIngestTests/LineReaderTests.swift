#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MTMIngest
import MTMRecord
import Testing

@Suite struct LineReaderTests {
    /// Lines as the reader defines them: ended by LF, CRLF or a lone CR; a last line without an ending counts.
    static func referenceLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append(line)
                line = []
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                line.append(byte)
            }
            i += 1
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Lines of ASCII, of valid multi-byte UTF-8 and with invalid bytes, the non-ASCII byte at every position of a
    /// 1–20 byte line (so inside and after the eight-byte words the ASCII test reads): each line decodes as
    /// `String(decoding:as:)` does, and exactly the invalid lines are reported.
    @Test func asciiAndOtherLinesDecodeAndReportLikeTheValidator() throws {
        var lines: [[UInt8]] = []
        for length in 1...20 {
            for position in 0..<length {
                for odd in [[0xC3, 0xA9], [0xFF], [0x80], [0xE2, 0x82]] as [[UInt8]] {
                    var line = [UInt8](repeating: 0x61 + UInt8(length % 26), count: length)
                    line.replaceSubrange(position..<(position + 1), with: odd)
                    lines.append(line)
                }
                lines.append([UInt8](repeating: 0x7A, count: length))
            }
        }
        let path = Fixture.temporary("decode.txt", Array(lines.joined(separator: [0x0A])))
        defer { unlink(path) }
        let reader = try LineReader(path: path)
        var texts: [String] = []
        while let text = reader.nextLine() { texts.append(text) }
        #expect(texts == lines.map { String(decoding: $0, as: UTF8.self) })
        let invalid = lines.filter { String(validating: $0, as: UTF8.self) == nil }.count
        #expect(invalid > 0)
        #expect(reader.findings.count == invalid)
    }

    /// Random inputs longer than one chunk of the stream, dense in line ends of every kind (so CRLF pairs fall
    /// across chunk boundaries), with blank lines and with or without a final line end.
    @Test(arguments: [1, 2, 3, 4])
    func splitsLikeTheReferenceAcrossChunks(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let pieces: [[UInt8]] = [[0x61], [0x62, 0x63], [0x0A], [0x0D], [0x0D, 0x0A], [0xC3, 0xA9], [0x20]]
        var bytes: [UInt8] = []
        let size = ByteStream.chunkSize * 2 + Int(random.next() % 5_000)
        while bytes.count < size {
            // Long runs of text now and then, so some lines span a whole chunk.
            if random.next() % 500 == 0 {
                bytes += [UInt8](repeating: 0x78, count: Int(random.next() % UInt64(ByteStream.chunkSize)))
            }
            bytes += pieces[Int(random.next() % UInt64(pieces.count))]
        }
        let path = Fixture.temporary("lines.txt", bytes)
        defer { unlink(path) }
        let reader = try LineReader(path: path)
        var lines: [[UInt8]] = []
        var numbers: [Int] = []
        while let line = reader.nextLineBytes() {
            lines.append(line)
            numbers.append(reader.lineNumber)
        }
        let expected = Self.referenceLines(bytes)
        #expect(lines.count == expected.count)
        #expect(lines == expected)
        #expect(numbers == Array(stride(from: 1, through: expected.count, by: 1)))
    }

    @Test(arguments: [("", 0), ("\n", 1), ("a", 1), ("a\r\n", 1), ("a\r\r\n", 2), ("\r\n\r\n", 2), ("a\rb", 2)])
    func smallInputs(text: String, lines: Int) throws {
        let path = Fixture.temporary("small.txt", Array(text.utf8))
        defer { unlink(path) }
        let reader = try LineReader(path: path)
        var read: [String] = []
        while let line = reader.nextLine() { read.append(line) }
        #expect(read.count == lines)
        #expect(read.map { Array($0.utf8) } == Self.referenceLines(Array(text.utf8)))
    }
}
