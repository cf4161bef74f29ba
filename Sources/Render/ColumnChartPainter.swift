import BriefModel
import Drawing

/// Vertical bars: one series, stacked series with totals, or grouped series side by side.
struct ColumnChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    private var stacked: Bool { chart.kind == .stackedBars }
    private var grouped: Bool { chart.kind == .groupedBars }

    func draw(on canvas: Canvas) {
        let area = frame.draw(on: canvas, legend: chart.layers.count > 1)
        let n = chart.categories.count
        let totals = (0..<n).map { i in chart.layers.reduce(0.0) { $0 + ($1.values[i] ?? 0) } }
        let maximum = stacked ? (totals.max() ?? 0)
            : chart.layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ValueAxis(scale: AxisScale(maximum: maximum, wholeSteps: true), isShare: false)
        let plot = VerticalPlot(axis: axis, area: area, categories: n, canvas: canvas)
        plot.drawGrid(on: canvas)
        guard n > 0 else { return }
        for i in 0..<n {
            let x0 = plot.left + Double(i) * plot.band
            if grouped {
                drawGroup(i, x: x0, band: plot.band, canvas: canvas, axis: axis, top: plot.top, height: plot.height)
            } else {
                drawStack(i, x: x0, band: plot.band, total: totals[i], canvas: canvas, axis: axis, top: plot.top,
                    height: plot.height)
            }
        }
        plot.drawBaseline(on: canvas)
        plot.drawCategories(chart.categories, on: canvas)
    }

    private func drawStack(
        _ i: Int, x: Double, band: Double, total: Double, canvas: Canvas, axis: ValueAxis, top: Double, height: Double
    ) {
        let barWidth = band * 0.68
        let bx = x + (band - barWidth) / 2
        var base = 0.0
        for layer in chart.layers {
            let value = layer.values[i] ?? 0
            guard value > 0 else { continue }
            let y0 = axis.y(base, top: top, height: height), y1 = axis.y(base + value, top: top, height: height)
            let color = Palette.color(for: layer.colorKey)
            canvas.fillRect(x: bx, y: y1, width: barWidth, height: y0 - y1, color: color)
            if stacked, chart.layers.count > 1 {
                let text = NumberText.count(Int(value))
                let size = canvas.measure(text, font: ChartFrame.valueFont)
                if size.height + 2 <= y0 - y1, size.width + 4 <= barWidth {
                    let ink = color.luminance < 0.45 ? Color.white : Palette.ink
                    canvas.text(text, x: bx + barWidth / 2, y: (y0 + y1) / 2, font: ChartFrame.valueFont, color: ink,
                        alignment: .center, anchor: .middle)
                }
            }
            base += value
        }
        let totalText = NumberText.count(Int(total))
        let font = stacked ? Font(size: ChartFrame.valueFont.size, bold: true) : ChartFrame.valueFont
        if canvas.measure(totalText, font: font).width <= band - 2 {
            canvas.text(totalText, x: bx + barWidth / 2, y: axis.y(total, top: top, height: height) - 2, font: font,
                color: Palette.ink, alignment: .center, anchor: .bottom)
        }
    }

    private func drawGroup(
        _ i: Int, x: Double, band: Double, canvas: Canvas, axis: ValueAxis, top: Double, height: Double
    ) {
        let groupWidth = band * 0.8
        let barWidth = groupWidth / Double(chart.layers.count)
        for (j, layer) in chart.layers.enumerated() {
            let value = layer.values[i] ?? 0
            let bx = x + (band - groupWidth) / 2 + Double(j) * barWidth
            let y1 = axis.y(value, top: top, height: height), y0 = axis.y(0, top: top, height: height)
            canvas.fillRect(x: bx + 0.5, y: y1, width: barWidth - 1, height: y0 - y1,
                color: Palette.color(for: layer.colorKey))
            let text = NumberText.count(Int(value))
            if canvas.measure(text, font: ChartFrame.valueFont).width <= barWidth + 1 {
                canvas.text(text, x: bx + barWidth / 2, y: y1 - 2, font: ChartFrame.valueFont, color: Palette.ink,
                    alignment: .center, anchor: .bottom)
            }
        }
    }
}

/// Category labels under the bands, thinned to every k-th one when they would overlap.
enum CategoryLabels {
    static func draw(_ labels: [String], on canvas: Canvas, left: Double, band: Double, y: Double) {
        let widest = labels.map { canvas.measure($0, font: ChartFrame.axisFont).width }.max() ?? 0
        let every = max(1, Int(((widest + 6) / band).rounded(.up)))
        for (i, label) in labels.enumerated() where i % every == 0 {
            canvas.text(label, x: left + (Double(i) + 0.5) * band, y: y, font: ChartFrame.axisFont,
                color: Palette.ink, alignment: .center)
        }
    }
}
