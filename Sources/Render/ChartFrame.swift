import BriefModel
import Drawing

/// The parts every chart shares: title, subtitle, legend, source line; and what is left for the plot.
struct ChartFrame {
    let chart: ChartSpec
    let showTitle: Bool

    static let width = 640.0
    static let height = 400.0
    static let margin = 28.0

    static let titleFont = Font(size: 15, bold: true)
    static let subtitleFont = Font(size: 11)
    static let legendFont = Font(size: 10)
    static let axisFont = Font(size: 9.5)
    static let valueFont = Font(size: 9)
    static let sourceFont = Font(size: 8.5)

    /// Draws the frame and returns the rectangle left for the plot (x, y, width, height).
    func draw(on canvas: Canvas, legend: Bool) -> (x: Double, y: Double, w: Double, h: Double) {
        let margin = Self.margin, titleFont = Self.titleFont, subtitleFont = Self.subtitleFont
        let sourceFont = Self.sourceFont, height = Self.height
        let inner = Self.width - 2 * margin
        var y = showTitle ? margin : margin / 2
        if showTitle {
            y += canvas.text(chart.title, x: margin, y: y, font: titleFont, color: Palette.ink, wrapWidth: inner).height
            y += 3
        }
        y += canvas.text(chart.subtitle, x: margin, y: y, font: subtitleFont, color: Palette.secondaryInk,
            wrapWidth: inner).height
        y += 10
        if legend { y = Self.drawLegend(chart.layers, on: canvas, top: y, width: inner) + 8 }
        let sourceSize = canvas.measure(chart.source, font: sourceFont, wrapWidth: inner)
        let sourceTop = height - margin + 8 - sourceSize.height
        canvas.text(chart.source, x: margin, y: sourceTop, font: sourceFont, color: Palette.secondaryInk,
            wrapWidth: inner)
        return (margin, y, inner, sourceTop - 8 - y)
    }

    /// Swatches and labels in rows above the plot, so the legend can never cover data.
    private static func drawLegend(_ layers: [ChartSpec.Layer], on canvas: Canvas, top: Double, width: Double)
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
            canvas.fillRect(x: x, y: y + (size.height - swatch) / 2, width: swatch, height: swatch,
                color: Palette.color(for: layer.colorKey))
            canvas.text(layer.label, x: x + swatch + gap, y: y, font: legendFont, color: Palette.ink)
            x += itemWidth + spacing
        }
        return y + rowHeight
    }
}
