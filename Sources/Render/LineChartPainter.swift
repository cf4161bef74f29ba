import BriefModel
import Drawing

/// Shares over time on a percent axis: a line with a point and a label per year; years with no
/// denominator leave a gap rather than a false zero.
struct LineChartPainter {
    let chart: ChartSpec

    func draw(on canvas: Canvas) {
        let area = ChartFrame.draw(chart, on: canvas, legend: chart.layers.count > 1)
        let maximum = chart.layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ValueAxis(scale: AxisScale(maximum: max(maximum, 0.05)), isShare: true)
        let left = area.x + axis.labelWidth(on: canvas) + 8
        let labelHeight = canvas.measure("2022", font: ChartFrame.axisFont).height
        let top = area.y + labelHeight + 4
        let height = area.h - (top - area.y) - labelHeight - 8
        let width = area.x + area.w - left
        axis.draw(on: canvas, left: left, right: left + width, top: top, height: height)
        axis.drawBaseline(on: canvas, left: left, right: left + width, top: top, height: height)
        let n = chart.categories.count
        guard n > 0 else { return }
        let band = width / Double(n)
        for layer in chart.layers {
            let color = Palette.color(for: layer.colorKey)
            var run: [(Double, Double)] = []
            for (i, value) in layer.values.enumerated() {
                guard let value else {
                    canvas.strokePath(run, color: color, width: 2)
                    run = []
                    continue
                }
                run.append((left + (Double(i) + 0.5) * band, axis.y(value, top: top, height: height)))
            }
            canvas.strokePath(run, color: color, width: 2)
            for (i, value) in layer.values.enumerated() {
                guard let value else { continue }
                let point = (left + (Double(i) + 0.5) * band, axis.y(value, top: top, height: height))
                canvas.fillCircle(center: point, radius: 3.2, color: color)
                let text = NumberText.percent(value)
                if canvas.measure(text, font: ChartFrame.valueFont).width <= band - 2 {
                    canvas.text(text, x: point.0, y: point.1 - 5, font: ChartFrame.valueFont, color: Palette.ink,
                        alignment: .center, anchor: .bottom)
                }
            }
        }
        CategoryLabels.draw(chart.categories, on: canvas, left: left, band: band, y: top + height + 5)
    }
}
