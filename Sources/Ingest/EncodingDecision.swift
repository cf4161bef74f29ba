import BriefModel

/// Bytes that are not valid UTF-8 in a file read as UTF-8: where they are and what they are.
public struct DamagedBytes: Sendable, Equatable {
    /// Byte offset in the file (a byte-order mark counted).
    public var offset: Int
    /// The physical line they are on.
    public var line: Int
    public var bytes: [UInt8]

    /// `C3 28`, for the reject's message.
    public var hex: String { bytes.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: " ") }
}

/// How a file's text is read, decided from its bytes: with no invalid UTF-8 sequence it is UTF-8;
/// when valid multi-byte sequences outnumber the invalid ones it is UTF-8 with a few damaged rows
/// (`damaged`, each rejected as `bad-encoding`); otherwise it is Windows-1252, as French Excel writes.
/// One stray byte never turns a whole UTF-8 file into mojibake.
public struct EncodingDecision: Sendable {
    /// Where the text starts: after a UTF-8 byte-order mark.
    public var start: Int
    public var encoding: TextEncoding
    /// Valid multi-byte UTF-8 sequences and invalid ones, as counted (both 0 for an ASCII file).
    public var validMultibyte: Int
    public var invalidSequences: Int
    /// The invalid sequences of a file read as UTF-8, in file order (adjacent invalid bytes merged).
    public var damaged: [DamagedBytes]

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        (encoding, validMultibyte, invalidSequences, damaged) = (.utf8, 0, 0, [])
        if body.allSatisfy({ $0 < 0x80 }) || String(validating: body, as: UTF8.self) != nil { return }
        let scan = UTF8Scan(body, offset: start)
        (validMultibyte, invalidSequences) = (scan.validMultibyte, scan.invalidSequences)
        if scan.validMultibyte > scan.invalidSequences {
            damaged = scan.damaged
        } else {
            encoding = .windows1252
        }
    }

    public init(_ bytes: [UInt8]) { self = bytes.withUnsafeBufferPointer { EncodingDecision($0) } }

    /// The run log's line: which encoding was chosen, and why (nil for plain UTF-8).
    public func logLine(file: String) -> String? {
        let counts =
            "\(Self.count(invalidSequences, "invalid byte sequence")) against "
            + Self.count(validMultibyte, "valid multi-byte character")
        switch encoding {
        case .windows1252:
            return "\(file): not UTF-8 (\(counts)), read as Windows-1252"
        case .utf8 where !damaged.isEmpty:
            let rows = damaged.count == 1 ? "the row holding it is" : "the rows holding them are"
            return
                "\(file): UTF-8 with \(Self.count(damaged.count, "damaged place")) (\(counts)); \(rows) rejected as bad-encoding"
        case .utf8:
            return nil
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(NumberText.count(n)) \(noun)\(n == 1 ? "" : "s")" }
}

/// One pass over bytes as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF),
/// counting valid multi-byte sequences and invalid ones (each maximal invalid subpart, as the
/// Unicode standard counts replacement characters).
struct UTF8Scan {
    var validMultibyte = 0
    var invalidSequences = 0
    var damaged: [DamagedBytes] = []

    init(_ body: UnsafeBufferPointer<UInt8>, offset: Int) {
        var index = 0, line = 1
        while index < body.count {
            let byte = body[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                index += 1
                continue
            }
            let length = Self.validLength(body, at: index)
            if length > 0 {
                validMultibyte += 1
                index += length
                continue
            }
            let bad = max(1, Self.maximalSubpart(body, at: index))
            invalidSequences += 1
            let bytes = Array(body[index..<index + bad])
            if let last = damaged.last, last.offset + last.bytes.count == offset + index {
                damaged[damaged.count - 1].bytes += bytes
            } else {
                damaged.append(DamagedBytes(offset: offset + index, line: line, bytes: bytes))
            }
            index += bad
        }
    }

    /// The second byte's allowed range for a lead byte, and the sequence's length; nil for a byte
    /// that cannot start a sequence.
    private static func lead(_ byte: UInt8) -> (ClosedRange<UInt8>, Int)? {
        switch byte {
        case 0xC2...0xDF: (0x80...0xBF, 2)
        case 0xE0: (0xA0...0xBF, 3)
        case 0xE1...0xEC, 0xEE...0xEF: (0x80...0xBF, 3)
        case 0xED: (0x80...0x9F, 3)
        case 0xF0: (0x90...0xBF, 4)
        case 0xF1...0xF3: (0x80...0xBF, 4)
        case 0xF4: (0x80...0x8F, 4)
        default: nil
        }
    }

    /// The length of the valid sequence at `index`, or 0.
    static func validLength(_ body: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard let (second, length) = lead(body[index]), index + length <= body.count,
            second.contains(body[index + 1])
        else { return 0 }
        for next in index + 2..<index + length where !(0x80...0xBF).contains(body[next]) { return 0 }
        return length
    }

    /// How many bytes of a broken sequence at `index` belong to it (its valid beginning).
    static func maximalSubpart(_ body: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard let (second, length) = lead(body[index]) else { return 1 }
        var count = 1
        if index + 1 < body.count, second.contains(body[index + 1]) {
            count = 2
            while count < length, index + count < body.count, (0x80...0xBF).contains(body[index + count]) { count += 1 }
        }
        return count
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
