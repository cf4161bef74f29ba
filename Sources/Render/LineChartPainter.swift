import BriefModel
import Drawing

/// Shares over time on a percent axis: a line with a point and a label per year; years with no
/// denominator leave a gap rather than a false zero.
struct LineChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    func draw(on canvas: Canvas) {
        let area = frame.draw(on: canvas, legend: frame.visibleLayers.count > 1)
        let maximum = chart.layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ValueAxis(scale: AxisScale(maximum: max(maximum, 0.05)), isShare: true, numbers: chart.numbers)
        let n = chart.categories.count
        let plot = VerticalPlot(axis: axis, area: area, categories: chart.categories, canvas: canvas)
        plot.drawGrid(on: canvas)
        plot.drawBaseline(on: canvas)
        guard n > 0 else { return }
        // Every point labelled, or none: the labels of one chart follow one rule.
        let labelled = chart.layers.allSatisfy { layer in
            layer.values.allSatisfy {
                $0.map { canvas.measure(chart.numbers.percent($0), font: ChartFrame.valueFont).width <= plot.band - 2 } ?? true
            }
        }
        for (index, layer) in chart.layers.enumerated() {
            let color = Palette.color(for: layer.colorKey)
            var run: [(Double, Double)] = []
            for (i, value) in layer.values.enumerated() {
                guard let value else {
                    canvas.strokePath(run, color: color, width: 2)
                    run = []
                    continue
                }
                run.append((plot.center(i), plot.y(value)))
            }
            canvas.strokePath(run, color: color, width: 2)
            for (i, value) in layer.values.enumerated() {
                guard let value else { continue }
                let point = (plot.center(i), plot.y(value))
                canvas.fillCircle(center: point, radius: 3.2, color: color)
                if labelled {
                    // Where lines meet, the lower one's label goes under its point so the two never overlap.
                    // Near the baseline there is no room below: the label stays above.
                    let below = isLower(layer: index, at: i) && point.1 + 18 < plot.y(0)
                    canvas.text(
                        chart.numbers.percent(value), x: point.0, y: point.1 + (below ? 5 : -5), font: ChartFrame.valueFont,
                        color: Palette.ink, alignment: .center, anchor: below ? .top : .bottom)
                }
            }
        }
        plot.drawCategories(chart.categories, on: canvas)
    }

    /// True when another layer has a value at `i` at least as high (ties: the later layer is lower).
    private func isLower(layer: Int, at i: Int) -> Bool {
        guard let value = chart.layers[layer].values[i] else { return false }
        return chart.layers.indices.contains { other in
            guard other != layer, let v = chart.layers[other].values[i] else { return false }
            return v > value || (v == value && other < layer)
        }
    }
}
