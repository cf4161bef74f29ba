import BriefModel
import Drawing

/// The parts every chart shares: title, subtitle, legend, source line; and what is left for the plot.
struct ChartFrame {
    let chart: ChartSpec
    let showTitle: Bool
    /// The height drawn at: the chart's own, or less where the brief fits it to the rest of a page.
    let height: Double
    /// The width drawn at: `width`, or narrower for a phone's screen (the page's narrow drawing).
    let width: Double

    init(chart: ChartSpec, showTitle: Bool, height: Double? = nil, width: Double = Self.width) {
        self.chart = chart
        self.showTitle = showTitle
        self.width = width
        self.height = height ?? Self.height(for: chart)
    }

    static let width = ChartPainter.width
    static let margin = 20.0

    static let titleFont = Font(size: 13, bold: true)
    static let subtitleFont = Font(size: 10)
    static let legendFont = Font(size: 9.5)
    static let axisFont = Font(size: 9)
    static let valueFont = Font(size: 8.5)
    static let sourceFont = Font(size: 8.5)
    static let panelFont = Font(size: 9.5, bold: true)

    /// Charts over time are 300 pt tall; horizontal bar charts grow with their bars, so a four-bar
    /// chart is not as tall as an eleven-bar one.
    static func height(for chart: ChartSpec) -> Double {
        switch chart.kind {
        case .horizontalBars: 96 + barPitch * Double(max(chart.categories.count, 2))
        case .groupedHorizontalBars: 120 + (6 + 12 * Double(chart.layers.count)) * Double(max(chart.categories.count, 2))
        case .map: 505 + mapKeyAllowance(chart)
        case .groupedBars where chart.panels: 120 + 150 * Double(max(chart.layers.filter { !$0.isEmpty }.count, 1))
        default: 300
        }
    }

    /// The height a map needs, measured: its frame's text, the map at the frame's width (it keeps its
    /// shape, so a taller frame would only leave room empty), the key, the source. No more than
    /// `height(for:)`, whose allowance for the key is an estimate.
    static func fittedHeight(_ chart: ChartSpec, showTitle: Bool, width: Double = width, on canvas: Canvas) -> Double {
        let natural = height(for: chart)
        guard let map = chart.map else { return natural }
        let inner = width - 2 * margin
        var top = showTitle ? margin + canvas.measure(chart.title, font: titleFont, wrapWidth: inner).height + 3 : margin / 2
        top += canvas.measure(chart.subtitle, font: subtitleFont, wrapWidth: inner).height + 10
        let plotHeight = MapPainter.fittedPlotHeight(map, width: inner, canvas: canvas)
        let bottom = 8 + canvas.measure(chart.source, font: sourceFont, wrapWidth: inner).height + margin - 8
        return min(natural, (top + plotHeight + bottom).rounded(.up))
    }

    /// Room under a map for its key: a row per two entries, a row each for a flow's entry (they name
    /// dates), and the reference circles.
    static func mapKeyAllowance(_ chart: ChartSpec) -> Double {
        guard let map = chart.map else { return 0 }
        let arrows = map.key.filter { $0.symbol == .arrow }.count, others = map.key.count - arrows
        return 26 * Double(arrows) + 16 * Double((others + 1) / 2) + (map.sizeReferences.isEmpty ? 0 : 58)
    }

    /// The height each bar of a horizontal bar chart takes.
    static let barPitch = 26.0

    /// How far from the top a chart drawn with its title can be cut to show it without: down to
    /// where the subtitle starts (the page, whose caption carries the title, shows the charts cut
    /// there).
    static func titleBand(_ chart: ChartSpec, width: Double = width, on canvas: Canvas) -> Double {
        margin + canvas.measure(chart.title, font: titleFont, wrapWidth: width - 2 * margin).height + 3
    }

    /// Layers worth a legend entry and a mark: a layer that is zero or unknown throughout is left out.
    var visibleLayers: [ChartSpec.Layer] { chart.layers.filter { !$0.isEmpty } }

    /// Draws the frame and returns the rectangle left for the plot (x, y, width, height).
    func draw(on canvas: Canvas, legend: Bool) -> (x: Double, y: Double, w: Double, h: Double) {
        let margin = Self.margin, titleFont = Self.titleFont, subtitleFont = Self.subtitleFont
        let sourceFont = Self.sourceFont, height = self.height
        let inner = width - 2 * margin
        var y = showTitle ? margin : margin / 2
        if showTitle {
            y += canvas.text(chart.title, x: margin, y: y, font: titleFont, color: Palette.ink, wrapWidth: inner).height
            y += 3
        }
        y +=
            canvas.text(
                chart.subtitle, x: margin, y: y, font: subtitleFont, color: Palette.secondaryInk,
                wrapWidth: inner
            ).height
        y += 10
        if legend { y = Self.drawLegend(visibleLayers, on: canvas, top: y, width: inner) + 8 }
        let sourceSize = canvas.measure(chart.source, font: sourceFont, wrapWidth: inner)
        let sourceTop = height - margin + 8 - sourceSize.height
        canvas.text(
            chart.source, x: margin, y: sourceTop, font: sourceFont, color: Palette.secondaryInk,
            wrapWidth: inner)
        return (margin, y, inner, sourceTop - 8 - y)
    }

    /// Swatches and labels in rows above the plot, so the legend can never cover data.
    private static func drawLegend(
        _ layers: [ChartSpec.Layer], on canvas: Canvas, top: Double, width: Double
    )
        -> Double
    {
        let swatch = 10.0, gap = 6.0, spacing = 18.0
        var x = margin, y = top, rowHeight = 0.0
        for layer in layers {
            let size = canvas.measure(layer.label, font: legendFont)
            let itemWidth = swatch + gap + size.width
            if x > margin, x + itemWidth > margin + width {
                x = margin
                y += rowHeight + 4
            }
            rowHeight = max(rowHeight, size.height)
            canvas.fillRect(
                x: x, y: y + (size.height - swatch) / 2, width: swatch, height: swatch,
                color: Palette.color(for: layer.colorKey))
            canvas.text(layer.label, x: x + swatch + gap, y: y, font: legendFont, color: Palette.ink)
            x += itemWidth + spacing
        }
        return y + rowHeight
    }
}
