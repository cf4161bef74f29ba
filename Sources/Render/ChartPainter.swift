import BriefModel
import Drawing

/// Draws any chart kind on a canvas; the PDF and SVG renderers share it, so both formats show
/// exactly the same picture.
public enum ChartPainter {
    /// Drawn at about the brief's text width (467 pt), so that chart text keeps its size in the
    /// brief: the smallest font, 8.5 pt, prints at 8.3 pt there.
    public static let width = 480.0
    /// The page's drawing for phones: at a 390 px screen's full width, 8.5 pt text shows at 11.4 px.
    public static let narrowWidth = 290.0

    /// The size a chart is drawn at, in points, with its title or without (the brief, which scales it
    /// to the page width), at the standard width or another (the page's narrow drawing); `canvas`
    /// measures the text a map's height depends on.
    public static func size(
        for chart: ChartSpec, showTitle: Bool = true, width: Double = ChartPainter.width, measuredOn canvas: Canvas? = nil
    ) -> (width: Double, height: Double) {
        guard chart.kind == .map else { return (width, ChartFrame.height(for: chart)) }
        let canvas = canvas ?? Canvas(format: .layoutOnly, width: width, height: ChartFrame.height(for: chart))
        return (width, ChartFrame.fittedHeight(chart, showTitle: showTitle, width: width, on: canvas))
    }

    /// `showTitle: false` leaves the title out: the brief's "Figure N." caption carries it. `height`
    /// draws the chart shorter than its own height (the plot gives up the room; text keeps its size).
    public static func draw(
        _ chart: ChartSpec, on canvas: Canvas, showTitle: Bool = true, background: Bool = true, height: Double? = nil,
        width: Double = ChartPainter.width
    ) {
        let frame = ChartFrame(chart: chart, showTitle: showTitle, height: height, width: width)
        if background {
            canvas.fillRect(x: 0, y: 0, width: width, height: frame.height, color: .white)
        }
        switch chart.kind {
        case .bars, .stackedBars, .groupedBars: ColumnChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .horizontalBars: BarChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .groupedHorizontalBars: GroupedBarChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .lineShare: LineChartPainter(chart: chart, frame: frame).draw(on: canvas)
        case .map: MapPainter(chart: chart, frame: frame).draw(on: canvas)
        }
    }

    /// A fresh canvas of the chart's size (at `width`) with the chart drawn on it; missing glyphs are an error.
    static func render(_ chart: ChartSpec, format: Canvas.Format, width: Double = ChartPainter.width) throws -> Canvas {
        let height = size(for: chart, width: width).height
        let canvas = Canvas(format: format, width: width, height: height)
        // A chart PDF is tagged too: one figure whose text alternative states every number.
        canvas.language = chart.language
        // The white ground is painted outside the structure: cairo 1.16 writes a broken page when a
        // fill covering the whole page is tagged content.
        canvas.fillRect(x: 0, y: 0, width: width, height: height, color: .white)
        canvas.tagged("Document") {
            canvas.figure(alternative: chart.summary) {
                draw(chart, on: canvas, background: false, height: height, width: width)
            }
        }
        guard canvas.missingGlyphs == 0 else {
            throw RenderError.missingGlyphs(chart: chart.title, texts: canvas.textsWithMissingGlyphs)
        }
        return canvas
    }
}
