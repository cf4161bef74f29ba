import BriefModel
import Drawing
import Foundation

/// The chart as SVG drawn by cairo (text as glyph outlines), made accessible with `role="img"`,
/// `<title>` and `<desc>`, and with cairo's process-wide surface ids normalised for reproducibility.
public struct SVGChartRenderer: ChartRenderer {
    public init() {}
    public let format = ChartFormat.svg
    public let fileExtension = "svg"

    public func render(_ chart: ChartSpec) throws -> Data { try render(chart, width: ChartPainter.width) }

    /// The chart drawn `width` points wide (the page's narrow drawing for phones is `ChartPainter.narrowWidth`).
    public func render(_ chart: ChartSpec, width: Double) throws -> Data {
        let canvas = try ChartPainter.render(chart, format: .svg, width: width)
        let band = ChartFrame.titleBand(chart, width: width, on: canvas)
        let smallest = canvas.drawnTexts.map(\.printedSize).min()
        return Self.accessible(
            Self.normaliseSurfaceIDs(canvas.finish()), chart: chart, titleBand: band, smallestText: smallest)
    }

    /// cairo numbers surfaces with a counter shared by the whole process: `surface1` alone, `surface7`
    /// as the seventh chart of a run. Renumber from 1 in order of appearance.
    static func normaliseSurfaceIDs(_ svg: String) -> String {
        String(decoding: normaliseSurfaceIDs(Data(svg.utf8)), as: UTF8.self)
    }

    /// On the bytes, copying the runs between one `s` and the next at once: a chart's SVG is over
    /// 100 kB, and there are two dozen per build.
    static func normaliseSurfaceIDs(_ svg: Data) -> Data {
        let word = Array("surface".utf8)
        var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
        var out = Data()
        out.reserveCapacity(svg.count)
        svg.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let bytes = bytes.bindMemory(to: UInt8.self)
            var index = 0, copied = 0
            while let found = bytes[index...].firstIndex(of: word[0]) {
                index = found
                guard bytes[index...].starts(with: word) else {
                    index += 1
                    continue
                }
                let digits = index + word.count
                var end = digits
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                guard end > digits else {
                    index = digits
                    continue
                }
                let number = Array(bytes[digits..<end])[...]
                let name = mapping[number] ?? Array(String(mapping.count + 1).utf8)
                mapping[number] = name
                out.append(bytes.baseAddress! + copied, count: digits - copied)
                out.append(contentsOf: name)
                index = end
                copied = end
            }
            out.append(bytes.baseAddress! + copied, count: bytes.count - copied)
        }
        return out
    }

    /// `role="img"` and the labels on the `<svg>` element, the title and summary first inside it;
    /// `data-title-band`: how much of the top the title takes, for a page that shows the title as
    /// a caption (`ChartFrame.titleBand`); `data-smallest-text`: the smallest text drawn, in the
    /// drawing's units, which a page's test scales to the size a reader sees.
    static func accessible(_ svg: Data, chart: ChartSpec, titleBand: Double? = nil, smallestText: Double? = nil) -> Data {
        let bytes = [UInt8](svg)
        let tag = Array("<svg".utf8)
        guard let open = (0...max(0, bytes.count - tag.count)).first(where: { bytes[$0...].starts(with: tag) }),
            bytes.count >= tag.count, let close = bytes[(open + tag.count)...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        var out = Data()
        out.reserveCapacity(bytes.count + 512)
        out.append(contentsOf: bytes[..<(open + tag.count)])
        out.append(contentsOf: " role=\"img\" aria-labelledby=\"chart-title chart-desc\"".utf8)
        if let titleBand { out.append(contentsOf: " data-title-band=\"\(String(format: "%.2f", titleBand))\"".utf8) }
        if let smallestText { out.append(contentsOf: " data-smallest-text=\"\(String(format: "%.2f", smallestText))\"".utf8) }
        out.append(contentsOf: bytes[(open + tag.count)..<close])
        out.append(contentsOf: ">\n".utf8)
        out.append(contentsOf: "<title id=\"chart-title\">\(escape(chart.title))</title>\n".utf8)
        out.append(contentsOf: "<desc id=\"chart-desc\">\(escape(chart.summary))</desc>\n".utf8)
        out.append(contentsOf: bytes[(close + 1)...])
        return out
    }

    static func escape(_ text: String) -> String { MarkupEscape.escape(text, quotes: true) }
}
