import BriefModel
import Render

extension BriefLayout {
    /// The figures the template places (`[figure: id]`) that have data: the ones the brief shows,
    /// and so the ones its method note defines.
    var placedFigures: [FigureResult] {
        inputs.figures.filter { figure in figure.isAvailable && blocks.contains(.figure(id: figure.id)) }
    }

    /// How short a chart may be drawn to finish a page rather than leave its foot empty: its plot
    /// gives up at most a fifth of the chart's height, and its text keeps its size.
    static let shortestChart = 0.8

    /// The caption and chart of a figure, as tall as they stand on the page (at their shortest with
    /// `shortest`); nil when it is not shown.
    func figureHeight(_ id: String, shortest: Bool = false) -> Double? {
        guard let figure = inputs.figure(id) else { return nil }
        let size = ChartPainter.size(for: figure.chart, showTitle: false, width: chartWidth, measuredOn: canvas)
        return captionHeight(figure) + 2 + size.height * width / size.width * (shortest ? Self.shortestChart : 1)
    }

    /// The width a chart is drawn at: the standard one, scaled to the column; inside a box, the box's
    /// own width, so that its text keeps its size there too.
    private var chartWidth: Double { inset > 0 ? width : ChartPainter.width }

    /// Maps are numbered apart from the other figures (Map 2, Figure 2), so the two series may pass each other.
    func isMap(_ id: String) -> Bool { inputs.figure(id)?.chart.kind == .map }

    /// `Figure 4. Annual numbers …`; inside a box, which carries the number, the title alone.
    private func caption(_ figure: FigureResult) -> String {
        let caption = inset > 0 ? figure.title : wording.captions[figure.id] ?? figure.title
        return KeptTogether.markup(BriefContext.escape(caption), language: inputs.language)
    }

    private func captionHeight(_ figure: FigureResult) -> Double {
        canvas.measure(caption(figure), font: BriefPage.caption, wrapWidth: width, markup: true).height
    }

    func figure(_ id: String) {
        guard let figure = inputs.figure(id), let height = figureHeight(id) else { return }
        // Figures carry their number from the reference brief (Figure 4 is Figure 4 in both), never a running count.
        let caption = caption(figure)
        let size = ChartPainter.size(for: figure.chart, showTitle: false, width: chartWidth, measuredOn: canvas)
        let scale = width / size.width
        let captionHeight = captionHeight(figure)
        // At its own height where it fits, shorter to finish the page where that is enough, else on a new page.
        if y + height > bottom, let shortest = figureHeight(id, shortest: true), y + shortest > bottom {
            newPage()
        }
        let chartHeight = min(size.height * scale, bottom - y - captionHeight - 2)
        canvas.addBookmark(wording.captions[figure.id] ?? figure.title, parent: section, page: page)
        canvas.tagged("P") {
            canvas.text(
                caption, x: left, y: y, font: BriefPage.caption, color: BriefPage.ink, wrapWidth: width, markup: true)
        }
        y += captionHeight + 2
        guard !countsPagesOnly else {
            y += chartHeight + 12
            return
        }
        // A screen reader reads the chart's text alternative, which states every number it shows.
        canvas.figure(alternative: figure.chart.summary) {
            canvas.withTransform(x: left, y: y, scale: scale) {
                ChartPainter.draw(figure.chart, on: canvas, showTitle: false, height: chartHeight / scale, width: chartWidth)
            }
        }
        y += chartHeight + 12
    }
}
