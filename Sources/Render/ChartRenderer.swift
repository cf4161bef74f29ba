import BriefModel
import Foundation

/// Turns a chart description into the bytes of one file format. PDF, SVG and gnuplot are three
/// implementations; figures never know which one draws them.
public protocol ChartRenderer: Sendable {
    var format: ChartFormat { get }
    var fileExtension: String { get }
    func render(_ chart: ChartSpec) throws -> Data
}

public enum RenderError: Error, CustomStringConvertible {
    case missingGlyphs(chart: String, texts: [String])
    case gnuplotFailed(String)

    public var description: String {
        switch self {
        case .missingGlyphs(let chart, let texts):
            "chart \"\(chart)\": the pinned font has no glyph for some characters in \(texts.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .gnuplotFailed(let message): "gnuplot failed: \(message)"
        }
    }
}

/// The renderers for a list of formats.
public enum Renderers {
    public static func forFormats(_ formats: [ChartFormat]) -> [any ChartRenderer] {
        formats.map { format in
            switch format {
            case .pdf: PDFChartRenderer()
            case .svg: SVGChartRenderer()
            case .gnuplot: GnuplotChartRenderer()
            }
        }
    }
}
