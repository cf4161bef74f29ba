/// Cairo writes the outline of every glyph a chart uses into that chart's SVG (`<symbol id="glyph0-1">`),
/// so a page of two dozen charts, each drawn twice (standard and narrow), held the same few hundred
/// letters four thousand times: 3.1 of its 5.5 MB. In one HTML document an id is seen from every
/// inline SVG, so each outline is kept once, where it first appears, and later charts point to it.
struct SharedGlyphs {
    private var idByOutline: [Outline: ArraySlice<UInt8>] = [:]

    /// An outline's bytes, hashed in one call (an `ArraySlice`'s own hash feeds the hasher byte by
    /// byte, which made this a tenth of the page's time).
    private struct Outline: Hashable {
        let bytes: ArraySlice<UInt8>
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
    private static let open = Array("<symbol overflow=\"visible\" id=\"".utf8), close = Array("</symbol>".utf8)
    private static let reference = Array("xlink:href=\"#".utf8)

    /// `chart` (one inline SVG, its ids already unique in the page) without the outlines an earlier
    /// chart holds, its references to them pointing there.
    mutating func share(_ chart: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(chart.count)
        var renamed: [ArraySlice<UInt8>: ArraySlice<UInt8>] = [:]
        var copied = 0, index = 0
        while let start = Self.find(Self.open, in: chart, from: index) {
            let idStart = start + Self.open.count
            guard let idEnd = chart[idStart...].firstIndex(of: UInt8(ascii: "\"")),
                let end = Self.find(Self.close, in: chart, from: idEnd)
            else { break }
            var after = end + Self.close.count
            if after < chart.count, chart[after] == UInt8(ascii: "\n") { after += 1 }
            let id = chart[idStart..<idEnd], outline = Outline(bytes: chart[(idEnd + 1)..<end])
            if let first = idByOutline[outline] {
                renamed[id] = first
                kept += chart[copied..<start]
                copied = after
            } else {
                idByOutline[outline] = id
            }
            index = after
        }
        kept += chart[copied...]
        return renamed.isEmpty ? kept : Self.pointing(kept, to: renamed)
    }

    /// `svg` with each `xlink:href="#id"` of a renamed id pointing to its new one.
    private static func pointing(_ svg: [UInt8], to renamed: [ArraySlice<UInt8>: ArraySlice<UInt8>]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var copied = 0, index = 0
        while let start = find(reference, in: svg, from: index) {
            let idStart = start + reference.count
            guard let idEnd = svg[idStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            if let target = renamed[svg[idStart..<idEnd]] {
                out += svg[copied..<idStart]
                out += target
                copied = idEnd
            }
            index = idEnd
        }
        out += svg[copied...]
        return out
    }

    private static func find(_ word: [UInt8], in bytes: [UInt8], from index: Int) -> Int? {
        var i = index
        while let first = bytes[i...].firstIndex(of: word[0]) {
            if bytes[first...].starts(with: word) { return first }
            i = first + 1
        }
        return nil
    }
}
