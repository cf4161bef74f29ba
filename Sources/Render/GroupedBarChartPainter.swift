import BriefModel
import Drawing

/// Horizontal bars grouped per category, one thin bar per layer, each labelled with its value: for
/// several counts of things whose names are too long to stand under columns. With `panels`, each
/// layer stands in a column of its own, titled and scaled to its own values, for unlike measures.
struct GroupedBarChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    func draw(on canvas: Canvas) {
        let area = frame.draw(on: canvas, legend: !chart.panels)
        guard !chart.categories.isEmpty, !chart.layers.isEmpty else { return }
        let labelWidth = chart.categories.map { canvas.measure($0, font: ChartFrame.axisFont).width }.max() ?? 0
        let left = area.x + labelWidth + 10
        let valueRoom = canvas.measure("00,000", font: ChartFrame.valueFont).width + 6
        // Panels: one column per layer, its title above it; otherwise every layer in one column.
        let columns = chart.panels ? chart.layers.map { [$0] } : [chart.layers]
        let columnWidth = (area.x + area.w - left) / Double(columns.count)
        let titleHeight =
            chart.panels
            ? chart.layers.map {
                canvas.measure($0.label, font: ChartFrame.panelFont, wrapWidth: columnWidth - 8).height
            }.max()! + 6 : 0
        let band = (area.h - titleHeight) / Double(chart.categories.count)
        let top = area.y + titleHeight
        for (i, category) in chart.categories.enumerated() {
            canvas.text(
                category, x: left - 8, y: top + (Double(i) + 0.5) * band, font: ChartFrame.axisFont,
                color: Palette.ink, alignment: .right, anchor: .middle)
        }
        for (c, layers) in columns.enumerated() {
            let x = left + Double(c) * columnWidth
            if chart.panels {
                canvas.text(
                    layers[0].label, x: x, y: area.y, font: ChartFrame.panelFont, color: Palette.ink,
                    wrapWidth: columnWidth - 8)
            }
            let maximum = layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
            let scale = maximum > 0 ? (columnWidth - valueRoom) / maximum : 0
            let barHeight = min(11, (band - 6) / Double(layers.count))
            for i in chart.categories.indices {
                let groupTop = top + Double(i) * band + (band - barHeight * Double(layers.count)) / 2
                for (j, layer) in layers.enumerated() {
                    drawBar(layer, i, x: x, y: groupTop + Double(j) * barHeight, height: barHeight, scale: scale, canvas)
                }
            }
            canvas.strokeLine(
                from: (x, top), to: (x, top + band * Double(chart.categories.count)), color: Palette.ink, width: 0.8)
        }
    }

    private func drawBar(
        _ layer: ChartSpec.Layer, _ i: Int, x: Double, y: Double, height: Double, scale: Double, _ canvas: Canvas
    ) {
        // An unknown value draws no bar and says so, rather than a bar of zero.
        guard let value = layer.values[i] else {
            canvas.text(
                chart.unknownValue, x: x + 4, y: y + height / 2, font: ChartFrame.valueFont, color: Palette.secondaryInk,
                anchor: .middle)
            return
        }
        canvas.fillRect(x: x, y: y, width: value * scale, height: height - 1, color: Palette.color(for: layer.colorKey))
        canvas.text(
            chart.numbers.count(Int(value)), x: x + value * scale + 4, y: y + height / 2, font: ChartFrame.valueFont,
            color: Palette.ink, anchor: .middle)
    }
}
