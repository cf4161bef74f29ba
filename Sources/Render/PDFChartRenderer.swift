import BriefModel
import Drawing
import Foundation

/// One chart per PDF page, vector, fonts embedded, with a fixed date so rebuilds are byte-identical.
public struct PDFChartRenderer: ChartRenderer {
    public init() {}
    public let format = ChartFormat.pdf
    public let fileExtension = "pdf"

    /// Charts carry no build time; this fixed date keeps their bytes the same on every run.
    static let fixedDate = "2000-01-01T00:00:00Z"

    public func render(_ chart: ChartSpec) throws -> Data {
        let canvas = try ChartPainter.render(chart, format: .pdf)
        // The title and the text alternative as document metadata, for search and document lists.
        canvas.setMetadata(.init(title: chart.title, subject: chart.summary, date: Self.fixedDate))
        return canvas.finish()
    }
}
