import BriefModel
import Drawing
import Foundation

/// The chart as SVG drawn by cairo (text as glyph outlines), made accessible with `role="img"`,
/// `<title>` and `<desc>`, and with cairo's process-wide surface ids normalised for reproducibility.
public struct SVGChartRenderer: ChartRenderer {
    public init() {}
    public let format = ChartFormat.svg
    public let fileExtension = "svg"

    public func render(_ chart: ChartSpec) throws -> Data {
        let canvas = try ChartPainter.render(chart, format: .svg)
        let svg = String(decoding: canvas.finish(), as: UTF8.self)
        return Data(Self.accessible(Self.normaliseSurfaceIDs(svg), chart: chart).utf8)
    }

    /// cairo numbers surfaces with a counter shared by the whole process: `surface1` alone, `surface7`
    /// as the seventh chart of a run. Renumber from 1 in order of appearance.
    static func normaliseSurfaceIDs(_ svg: String) -> String {
        // On the UTF-8 bytes: a chart's SVG is tens of kilobytes, searched once per chart per build.
        let bytes = Array(svg.utf8), word = Array("surface".utf8)
        var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == word[0], bytes[index...].starts(with: word) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            out += word
            index += word.count
            var end = index
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            guard end > index else { continue }
            let name = mapping[bytes[index..<end]] ?? Array(String(mapping.count + 1).utf8)
            mapping[bytes[index..<end]] = name
            out += name
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func accessible(_ svg: String, chart: ChartSpec) -> String {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].range(of: ">") else { return svg }
        let head = svg[..<open.upperBound] + " role=\"img\" aria-labelledby=\"chart-title chart-desc\""
            + svg[open.upperBound..<close.lowerBound] + ">\n"
        let meta = "<title id=\"chart-title\">\(escape(chart.title))</title>\n"
            + "<desc id=\"chart-desc\">\(escape(chart.summary))</desc>\n"
        return head + meta + svg[close.upperBound...]
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
