/// Byte-level helpers for the ingest hot path: a million rows of twenty fields each must not go
/// through Foundation's NSString bridging for the common, already-clean value.
public enum ASCIIText {
    @inlinable @inline(__always)
    public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// `range` of `bytes` without leading and trailing ASCII white space: the one trimming rule of
    /// every field, read as text or as bytes.
    @inlinable @inline(__always)
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The text without leading and trailing ASCII white space; the same string when there is none.
    public static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if !isSpace(first), !isSpace(last) { return text }
        var copy = text
        return copy.withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed(bytes, 0..<bytes.count)]), as: UTF8.self)
        }
    }

    /// ASCII-lowercased text, for comparing against short ASCII tokens.
    public static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// A non-negative whole number written only with ASCII digits (at most 18 of them), or nil.
    public static func digits(_ text: String) -> Int? {
        var value = 0, count = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39, count < 18 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        return count == 0 ? nil : value
    }
}
