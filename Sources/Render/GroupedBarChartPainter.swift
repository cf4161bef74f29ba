import BriefModel
import Drawing

/// Horizontal bars grouped per category, one thin bar per layer, each labelled with its value: for
/// several counts of things whose names are too long to stand under columns.
struct GroupedBarChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    func draw(on canvas: Canvas) {
        let area = frame.draw(on: canvas, legend: true)
        guard !chart.categories.isEmpty, !chart.layers.isEmpty else { return }
        let labelWidth = chart.categories.map { canvas.measure($0, font: ChartFrame.axisFont).width }.max() ?? 0
        let left = area.x + labelWidth + 10
        let valueRoom = canvas.measure("00,000", font: ChartFrame.valueFont).width + 6
        let width = area.x + area.w - left - valueRoom
        let maximum = chart.layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let scale = maximum > 0 ? width / maximum : 0
        let band = area.h / Double(chart.categories.count)
        let barHeight = min(11, (band - 6) / Double(chart.layers.count))
        for (i, category) in chart.categories.enumerated() {
            let top = area.y + Double(i) * band + (band - barHeight * Double(chart.layers.count)) / 2
            canvas.text(
                category, x: left - 8, y: area.y + (Double(i) + 0.5) * band, font: ChartFrame.axisFont,
                color: Palette.ink, alignment: .right, anchor: .middle)
            for (j, layer) in chart.layers.enumerated() {
                // An unknown value draws no bar and says so, rather than a bar of zero.
                let y = top + Double(j) * barHeight
                guard let value = layer.values[i] else {
                    canvas.text(
                        "not recorded", x: left + 4, y: y + barHeight / 2, font: ChartFrame.valueFont,
                        color: Palette.secondaryInk, anchor: .middle)
                    continue
                }
                canvas.fillRect(
                    x: left, y: y, width: value * scale, height: barHeight - 1,
                    color: Palette.color(for: layer.colorKey))
                canvas.text(
                    NumberText.count(Int(value)), x: left + value * scale + 4, y: y + barHeight / 2,
                    font: ChartFrame.valueFont, color: Palette.ink, anchor: .middle)
            }
        }
        canvas.strokeLine(from: (left, area.y), to: (left, area.y + area.h), color: Palette.ink, width: 0.8)
    }
}
