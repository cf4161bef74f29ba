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
        var mapping: [Substring: String] = [:]
        var out = ""
        var rest = Substring(svg)
        while let range = rest.range(of: "surface") {
            out += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if digits.isEmpty {
                out += "surface"
            } else {
                let name = mapping[digits] ?? String(mapping.count + 1)
                mapping[digits] = name
                out += "surface" + name
            }
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return out + rest
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
