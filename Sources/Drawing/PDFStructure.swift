import CCairo
import Foundation

/// Tagged PDF: the logical structure a screen reader follows (headings, paragraphs, lists, tables,
/// figures) through cairo's tag API, in the order the content is drawn, which is the reading order.
/// cairo 1.16 writes the structure tree and `/MarkInfo`, but no document language and no text
/// alternative for figures; `finish()` adds both (see `PDFAccessibilityUpdate`).
extension Canvas {
    /// Opens a structure element (`Document`, `H1`, `P`, `L`, `LI`, `Lbl`, `LBody`, `Table`, `TR`,
    /// `TH`, `TD`, `Caption`); what is drawn until `endTag` is its content. PDF only.
    public func beginTag(_ name: String) {
        guard format == .pdf else { return }
        openTags.append(name)
        cairo_tag_begin(cairoContext, name, nil)
    }

    public func endTag(_ name: String) {
        guard format == .pdf else { return }
        precondition(openTags.last == name, "structure tags must nest: closing \(name) inside \(openTags)")
        openTags.removeLast()
        cairo_tag_end(cairoContext, name)
    }

    /// Draws `body` as the content of one structure element.
    public func tagged<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        beginTag(name)
        defer { endTag(name) }
        return try body()
    }

    /// A figure whose text alternative (`/Alt`) is `alternative`: what a screen reader reads instead
    /// of the drawing.
    public func figure<T>(alternative: String, _ body: () throws -> T) rethrows -> T {
        if format == .pdf { figureAlternatives.append(alternative) }
        return try tagged("Figure", body)
    }

    /// The structure elements open now, innermost last.
    public var currentTags: [String] { openTags }
}

/// Adds what cairo 1.16 cannot write to a tagged PDF it has finished, as a PDF incremental update
/// (new versions of changed objects appended after the original bytes, with their own cross-
/// reference section pointing back to cairo's, ISO 32000-1 §7.5.6): the catalog's `/Lang` and
/// `/ViewerPreferences /DisplayDocTitle`, and `/Alt` on each `Figure` structure element, in the
/// order the figures were drawn (cairo writes structure elements in document order).
enum PDFAccessibilityUpdate {
    static func apply(_ pdf: Data, language: String?, figureAlternatives: [String]) -> Data {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let trailer = Trailer(text) else { return pdf }
        var updated: [(number: Int, body: String)] = []
        if let language, let catalog = object(trailer.root, in: text) {
            updated.append((trailer.root, insert("/Lang \(string(language))\n   /ViewerPreferences << /DisplayDocTitle true >>",
                into: catalog)))
        }
        let figures = structureElements(ofType: "Figure", in: text)
        for (number, alternative) in zip(figures, figureAlternatives) {
            if let body = object(number, in: text) { updated.append((number, insert("/Alt \(string(alternative))", into: body))) }
        }
        guard !updated.isEmpty else { return pdf }
        var out = pdf
        var offsets: [(Int, Int)] = []
        for (number, body) in updated {
            out.append(contentsOf: Array("\n".utf8))
            offsets.append((number, out.count))
            out.append(contentsOf: Array("\(number) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = out.count
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            section += "\(number) 1\n" + String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        section += "trailer\n<< /Size \(trailer.size)\n   /Root \(trailer.root) 0 R\n"
        if let info = trailer.info { section += "   /Info \(info) 0 R\n" }
        section += "   /Prev \(trailer.startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(contentsOf: Array(section.utf8))
        return out
    }

    /// The last trailer's `/Size`, `/Root`, `/Info` and `startxref`.
    struct Trailer {
        var size: Int, root: Int, info: Int?, startxref: Int

        init?(_ text: String) {
            guard let range = text.range(of: "trailer", options: .backwards) else { return nil }
            let tail = String(text[range.upperBound...])
            func number(after key: String) -> Int? {
                guard let match = tail.range(of: key + #"\s+(\d+)"#, options: .regularExpression) else { return nil }
                return Int(tail[match].split(whereSeparator: \.isWhitespace).last ?? "")
            }
            guard let size = number(after: "/Size"), let root = number(after: "/Root"),
                let start = number(after: "startxref")
            else { return nil }
            self.size = size
            self.root = root
            info = number(after: "/Info")
            startxref = start
        }
    }

    /// The dictionary of object `number` (`<< … >>`), as cairo wrote it.
    static func object(_ number: Int, in text: String) -> String? {
        guard let start = text.range(of: "\n\(number) 0 obj\n"),
            let end = text.range(of: "\nendobj", range: start.upperBound..<text.endIndex)
        else { return nil }
        let body = String(text[start.upperBound..<end.lowerBound])
        return body.hasPrefix("<<") && body.hasSuffix(">>") ? body : nil
    }

    /// The object numbers of the structure elements of one type, in the order cairo wrote them.
    static func structureElements(ofType type: String, in text: String) -> [Int] {
        let pattern = #"\n(\d+) 0 obj\n<< /Type /StructElem\s+/S /"# + type + #"\b"#
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }
    }

    static func insert(_ entry: String, into dictionary: String) -> String {
        String(dictionary.dropLast(2)) + "   " + entry + "\n>>"
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hexadecimal, so any language is exact.
    static func string(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
