/// How an export's bytes were decoded.
public enum TextEncoding: String, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}

/// Turns an export's bytes into UTF-8: strips a byte-order mark, and reads a file that
/// `EncodingDecision` finds is not UTF-8 as Windows-1252 (what French Excel writes).
public enum TextDecoder {
    public static func utf8Bytes(_ bytes: [UInt8]) -> (bytes: [UInt8], decision: EncodingDecision) {
        let decision = EncodingDecision(bytes)
        let body = bytes[decision.start...]
        return (decision.encoding == .utf8 ? Array(body) : transcodeWindows1252(body), decision)
    }

    /// The code points of 0x80…0x9F in Windows-1252; the other bytes are Latin-1.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func transcodeWindows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? high[Int(byte) - 0x80] : UInt32(byte)
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        }
        return out
    }
}

extension TextDecoder {
    /// Bytes of the file, as UTF-8.
    public static func utf8<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ encoding: TextEncoding) -> [UInt8] {
        encoding == .utf8 ? Array(bytes) : transcodeWindows1252(ArraySlice(bytes))
    }

    /// Bytes of the file, as a String.
    public static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ encoding: TextEncoding) -> String {
        if encoding == .utf8 || bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: transcodeWindows1252(ArraySlice(bytes)), as: UTF8.self)
    }

    /// Bytes of the file, as a String: the hot path's version (ids, first sightings of labels).
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding) -> String {
        if encoding == .windows1252 {
            var ascii = true
            for byte in bytes where byte >= 0x80 {
                ascii = false
                break
            }
            if !ascii { return String(decoding: transcodeWindows1252(ArraySlice(bytes)), as: UTF8.self) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes[range]` as a String.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ encoding: TextEncoding) -> String {
        string(UnsafeBufferPointer(rebasing: bytes[range]), encoding)
    }
}
