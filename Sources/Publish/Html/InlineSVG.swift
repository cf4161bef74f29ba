/// A chart's SVG file made fit to sit inside the page beside eleven others. Cairo names its glyph
/// outlines `glyph0-1`, `glyph0-2` … in every file, and our renderer names every title
/// `chart-title`; in one document the first element of a name wins, so without this the second
/// chart would be drawn with the first chart's letters. Every id and every reference to one is
/// prefixed with the figure's id, and the XML declaration, which HTML does not allow, is dropped.
enum InlineSVG {
    /// After these, a name follows: an id, or a reference to one.
    private static let markers: [[UInt8]] = [" id=\"", "href=\"#", "url(#"].map { Array($0.utf8) }
    private static let labelledBy = Array("aria-labelledby=\"".utf8)
    /// Per byte value, whether a marker starts with it: looked up for every byte of every chart.
    private static let startsMarker: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for marker in markers + [labelledBy] { table[Int(marker[0])] = true }
        return table
    }()

    /// One pass over the bytes (a chart is over 100 kB and a page holds a dozen or more; Foundation's
    /// replacingOccurrences, five times over, was most of the page's cost), on the string's own
    /// storage, copying the runs between bytes that could start a name at once.
    static func html(_ svg: String, prefix: String) -> String {
        var svg = svg
        return svg.withUTF8 { html($0, prefix: Array((prefix + "--").utf8)) }
    }

    private static func html(_ bytes: UnsafeBufferPointer<UInt8>, prefix p: [UInt8]) -> String {
        func matches(_ word: [UInt8], at index: Int) -> Bool {
            index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] == word[$0] }
        }
        var start = 0
        if matches(Array("<?xml".utf8), at: 0), let end = (0..<bytes.count).first(where: { matches(Array("?>".utf8), at: $0) }) {
            start = end + 2
        }
        while start < bytes.count, bytes[start] == UInt8(ascii: "\n") { start += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = start
        if matches(Array("<svg".utf8), at: start) {
            out += Array("<svg class=\"chart\" focusable=\"false\"".utf8)
            i += 4
        }
        while i < bytes.count {
            if !startsMarker[Int(bytes[i])] {
                // The run of bytes up to the next that could start a marker, copied at once.
                var end = i + 1
                while end < bytes.count, !startsMarker[Int(bytes[end])] { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
            } else if let marker = markers.first(where: { matches($0, at: i) }) {
                out += marker
                out += p
                i += marker.count
            } else if matches(labelledBy, at: i) {
                // `aria-labelledby="a b"`: every name in the list.
                out += labelledBy
                i += labelledBy.count
                var atName = true
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    if atName, bytes[i] != UInt8(ascii: " ") { out += p }
                    atName = bytes[i] == UInt8(ascii: " ")
                    out.append(bytes[i])
                    i += 1
                }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
