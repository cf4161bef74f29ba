import BriefModel
import Drawing

/// Horizontal bars, largest first as the figure orders them, each labelled with its value and,
/// when the chart has a second layer of shares, its percentage.
struct BarChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    func draw(on canvas: Canvas) {
        let area = frame.draw(on: canvas, legend: false)
        guard let counts = chart.layers.first, !chart.categories.isEmpty else { return }
        // Shares of fewer records than the brief states a share on are left out: the counts say it.
        let total = chart.layers.first?.values.reduce(0) { $0 + ($1 ?? 0) } ?? 0
        let shares = chart.layers.count > 1 && total >= Double(BriefFacts.minimumBase) ? chart.layers[1].values : []
        let labelWidth = chart.categories.map { canvas.measure($0, font: ChartFrame.axisFont).width }.max() ?? 0
        let left = area.x + labelWidth + 10
        let valueRoom =
            canvas.measure(chart.numbers.count(88_888) + " (\(chart.numbers.percent(1)))", font: ChartFrame.valueFont).width + 6
        let width = area.x + area.w - left - valueRoom
        let maximum = counts.values.compactMap { $0 }.max() ?? 0
        let scale = maximum > 0 ? width / maximum : 0
        let band = area.h / Double(chart.categories.count)
        let barHeight = min(22, band * 0.7)
        for (i, category) in chart.categories.enumerated() {
            let color = Palette.color(for: chart.categoryColorKeys?[i] ?? counts.colorKey)
            let value = counts.values[i] ?? 0
            let center = area.y + (Double(i) + 0.5) * band
            canvas.text(
                category, x: left - 8, y: center, font: ChartFrame.axisFont, color: Palette.ink,
                alignment: .right, anchor: .middle)
            canvas.fillRect(x: left, y: center - barHeight / 2, width: value * scale, height: barHeight, color: color)
            var label = chart.numbers.count(Int(value))
            if i < shares.count, let share = shares[i] { label += " (\(chart.numbers.percent(share)))" }
            canvas.text(
                label, x: left + value * scale + 4, y: center, font: ChartFrame.valueFont,
                color: Palette.ink, anchor: .middle)
        }
        canvas.strokeLine(from: (left, area.y), to: (left, area.y + area.h), color: Palette.ink, width: 0.8)
    }
}
