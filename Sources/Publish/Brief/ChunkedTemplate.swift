import Mustache

/// A Mustache template parsed as pieces cut at lines outside every section, rendered one after the
/// other: swift-mustache's parser measures the rest of the text at every line, so parsing costs the
/// number of lines times the length, and a 20 kB template in pieces of about 1 kB parses ten times
/// faster. The pieces render to the same text as the whole: each starts at the start of a line, with
/// no section open, as the whole template's parser sees it there, and a content-type pragma on the
/// template's first line (`{{% CONTENT_TYPE: TEXT}}`, which holds for the rest) is repeated at the
/// head of every piece, where it renders nothing as it does there. Templates that change the
/// delimiters, use partials or inheritance, or set a pragma elsewhere (state that crosses lines) are
/// parsed whole, and so is any template with an error, so the error names the line in the whole file.
struct ChunkedTemplate: Sendable {
    private let pieces: [MustacheTemplate]

    /// Pieces are cut at the first top-level line end after `pieceBytes` bytes.
    init(string source: String, pieceBytes: Int = 1024) throws {
        guard let (cuts, header) = Self.cuts(Array(source.utf8), pieceBytes: pieceBytes) else {
            pieces = [try MustacheTemplate(string: source)]
            return
        }
        let utf8 = source.utf8
        let pragma = String(source[..<utf8.index(utf8.startIndex, offsetBy: header)])
        var start = utf8.startIndex
        var parsed: [MustacheTemplate] = []
        do {
            for cut in cuts + [utf8.count] {
                let end = utf8.index(utf8.startIndex, offsetBy: cut)
                parsed.append(try MustacheTemplate(string: (parsed.isEmpty ? "" : pragma) + String(source[start..<end])))
                start = end
            }
        } catch {
            _ = try MustacheTemplate(string: source)  // throws the error as the whole template's
            throw error
        }
        pieces = parsed
    }

    func render(_ object: Any) -> String {
        pieces.count == 1 ? pieces[0].render(object) : pieces.map { $0.render(object) }.joined()
    }

    /// Byte offsets just after a line end outside every tag and section, about `pieceBytes` apart,
    /// and the length of the first line when it is a pragma (0 otherwise); nil when the template must
    /// be parsed whole.
    static func cuts(_ bytes: [UInt8], pieceBytes: Int = 1024) -> (cuts: [Int], header: Int)? {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var cuts: [Int] = []
        var depth = 0, index = 0, last = 0, header = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == newline {
                index += 1
                if depth == 0, index - last >= pieceBytes, index < bytes.count {
                    cuts.append(index)
                    last = index
                }
                continue
            }
            guard byte == open, index + 1 < bytes.count, bytes[index + 1] == open else {
                index += 1
                continue
            }
            // A tag: its kind is the character right after the braces, as swift-mustache reads it.
            let kind = index + 2
            guard kind < bytes.count else { return nil }
            switch bytes[kind] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
            case UInt8(ascii: "/"): depth -= 1
            case UInt8(ascii: "%"):
                // Only alone on the first line.
                guard index == 0, let lineEnd = bytes.firstIndex(of: newline),
                    bytes[..<lineEnd].last == close, bytes[..<lineEnd].dropLast(2).firstIndex(of: close) == nil
                else { return nil }
                header = lineEnd + 1
            case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"): return nil
            default: break
            }
            guard depth >= 0 else { return nil }
            // The tag ends at the first "}}" (a triple mustache's third brace is skipped as text).
            var end = kind
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            guard end + 1 < bytes.count else { return nil }
            index = end + 2
        }
        return depth == 0 ? (cuts, header) : nil
    }
}
