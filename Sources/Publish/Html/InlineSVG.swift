import Foundation

/// A chart's SVG file made fit to sit inside the page beside eleven others. Cairo names its glyph
/// outlines `glyph0-1`, `glyph0-2` … in every file, and our renderer names every title
/// `chart-title`; in one document the first element of a name wins, so without this the second
/// chart would be drawn with the first chart's letters. Every id and every reference to one is
/// prefixed with the figure's id, and the XML declaration, which HTML does not allow, is dropped.
enum InlineSVG {
    private static let equals = UInt8(ascii: "="), parenthesis = UInt8(ascii: "("), quote = UInt8(ascii: "\"")
    private static let hash = UInt8(ascii: "#")
    private static let id = Array(" id".utf8), href = Array("href".utf8), url = Array("url".utf8)
    private static let labelledBy = Array("aria-labelledby".utf8)

    /// One pass over the bytes (a chart is over 100 kB and a page holds a dozen or more; Foundation's
    /// replacingOccurrences, five times over, was most of the page's cost), on the string's own
    /// storage, copying the runs between `=` and `(` at once: a name follows ` id="`, `href="#`,
    /// `url(#` and `aria-labelledby="`, each found by what precedes and follows its `=` or `(`
    /// (looking at every space, in path data every few bytes, cost more than the copying).
    static func html(_ svg: String, prefix: String) -> String {
        var svg = svg, out: [UInt8] = []
        out.reserveCapacity(svg.utf8.count + svg.utf8.count / 8)
        svg.withUTF8 { append($0, prefix: prefix, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, written at the end of `out` (the page's bytes), without a string between.
    static func append(_ svg: Data, prefix: String, to out: inout [UInt8]) {
        let svg = withoutTitleBand(svg)
        svg.withUnsafeBytes { append($0.bindMemory(to: UInt8.self), prefix: prefix, to: &out) }
    }

    /// The chart cut below its title when the renderer marked the title's band (`data-title-band`):
    /// the page's caption carries the title, so a chart drawn with one would be titled twice. The
    /// `<title>` element stays for screen readers.
    static func withoutTitleBand(_ svg: Data) -> Data {
        guard let open = svg.firstRange(of: Data("<svg".utf8)),
            let close = svg[open.upperBound...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        var root = String(decoding: svg[open.lowerBound...close], as: UTF8.self)
        guard let band = root.firstMatch(of: /\sdata-title-band="([0-9.]+)"/), let top = Double(band.output.1),
            let box = root.firstMatch(of: /viewBox="0 0 [0-9.]+ ([0-9.]+)"/), let height = Double(box.output.1), top < height
        else { return svg }
        let shown = format(height - top)
        root = root.replacing(/\sdata-title-band="[0-9.]+"/, with: "")
        root = root.replacing(/viewBox="0 0 ([0-9.]+) [0-9.]+"/) { "viewBox=\"0 \(format(top)) \($0.output.1) \(shown)\"" }
        root = root.replacing(/\sheight="[0-9.]+pt"/, with: " height=\"\(shown)pt\"")
        return svg[..<open.lowerBound] + Data(root.utf8) + svg[(close + 1)...]
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, prefix: String, to out: inout [UInt8]) {
        let p = Array((prefix + "--").utf8)
        func matches(_ word: [UInt8], at index: Int) -> Bool {
            index >= 0 && index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] == word[$0] }
        }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
        var start = 0
        if matches(Array("<?xml".utf8), at: 0), let end = (0..<bytes.count).first(where: { matches(Array("?>".utf8), at: $0) }) {
            start = end + 2
        }
        while start < bytes.count, bytes[start] == UInt8(ascii: "\n") { start += 1 }
        var i = start
        if matches(Array("<svg".utf8), at: start) {
            out += Array("<svg class=\"chart\" focusable=\"false\"".utf8)
            i += 4
        }
        while i < bytes.count {
            let b = bytes[i]
            if b != equals && b != parenthesis {
                // The run of bytes up to the next `=` or `(`, copied at once.
                var end = i + 1
                while end < bytes.count, bytes[end] != equals, bytes[end] != parenthesis { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
            } else if b == equals, byte(i + 1) == quote, matches(id, at: i - id.count) {
                out.append(equals)
                out.append(quote)
                out += p
                i += 2
            } else if b == equals, byte(i + 1) == quote, byte(i + 2) == hash, matches(href, at: i - href.count) {
                out.append(equals)
                out.append(quote)
                out.append(hash)
                out += p
                i += 3
            } else if b == parenthesis, byte(i + 1) == hash, matches(url, at: i - url.count) {
                out.append(parenthesis)
                out.append(hash)
                out += p
                i += 2
            } else if b == equals, byte(i + 1) == quote, matches(labelledBy, at: i - labelledBy.count) {
                // `aria-labelledby="a b"`: every name in the list.
                out += [equals, quote]
                i += 2
                var atName = true
                while i < bytes.count, bytes[i] != quote {
                    if atName, bytes[i] != UInt8(ascii: " ") { out += p }
                    atName = bytes[i] == UInt8(ascii: " ")
                    out.append(bytes[i])
                    i += 1
                }
            } else {
                out.append(b)
                i += 1
            }
        }
    }
}
