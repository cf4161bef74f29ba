/// `&`, `<`, `>` (and `"` where asked) as entities, for Pango markup, SVG and XML text. One pass over
/// the bytes, returning the text itself when there is nothing to escape (the usual case): the brief
/// and each chart escape hundreds of labels, and Foundation's replacingOccurrences, once per
/// character, was a visible part of drawing them.
public enum MarkupEscape {
    public static func escape(_ text: String, quotes: Bool = false) -> String {
        let utf8 = text.utf8
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && byte == UInt8(ascii: "\""))
        }
        guard utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\"") where quotes: out += "&quot;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
