import BriefModel
import Drawing

/// Draws any chart kind on a canvas; the PDF and SVG renderers share it, so both formats show
/// exactly the same picture.
public enum ChartPainter {
    /// The size a chart is drawn at, in points, with its title or without (the brief, which scales it
    /// to the page width); `canvas` measures the text a map's height depends on.
    public static func size(
        for chart: ChartSpec, showTitle: Bool = true, measuredOn canvas: Canvas? = nil
    )
        -> (width: Double, height: Double)
    {
        guard chart.kind == .map else { return (ChartFrame.width, ChartFrame.height(for: chart)) }
        let canvas = canvas ?? Canvas(format: .layoutOnly, width: ChartFrame.width, height: ChartFrame.height(for: chart))
        return (ChartFrame.width, ChartFrame.fittedHeight(chart, showTitle: showTitle, on: canvas))
    }

    /// `showTitle: false` leaves the title out: the brief's "Figure N." caption carries it. `height`
    /// draws the chart shorter than its own height (the plot gives up the room; text keeps its size).
    public static func draw(
        _ chart: ChartSpec, on canvas: Canvas, showTitle: Bool = true, background: Bool = true, height: Double? = nil
    ) {
        let frame = ChartFrame(chart: chart, showTitle: showTitle, height: height)
        if background {
            canvas.fillRect(x: 0, y: 0, width: ChartFrame.width, height: frame.height, color: .white)
        }
        switch chart.kind {
        case .bars, .stackedBars, .groupedBars: ColumnChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .horizontalBars: BarChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .groupedHorizontalBars: GroupedBarChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .lineShare: LineChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .map: MapPainter(chart: chart, frame: frame).draw(on: canvas)
        }
    }

    /// A fresh canvas of the standard chart size with the chart drawn on it; missing glyphs are an error.
    static func render(_ chart: ChartSpec, format: Canvas.Format) throws -> Canvas {
        let height = size(for: chart).height
        let canvas = Canvas(format: format, width: ChartFrame.width, height: height)
        // A chart PDF is tagged too: one figure whose text alternative states every number.
        canvas.language = chart.language
        // The white ground is painted outside the structure: cairo 1.16 writes a broken page when a
        // fill covering the whole page is tagged content.
        canvas.fillRect(x: 0, y: 0, width: ChartFrame.width, height: height, color: .white)
        canvas.tagged("Document") {
            canvas.figure(alternative: chart.summary) { draw(chart, on: canvas, background: false, height: height) }
        }
        guard canvas.missingGlyphs == 0 else {
            throw RenderError.missingGlyphs(chart: chart.title, texts: canvas.textsWithMissingGlyphs)
        }
        return canvas
    }
}
