import BriefModel
import Drawing

/// Vertical bars: one series, stacked series with totals, or grouped series side by side, with a
/// layer drawn inside another where it is a part of it (civilians among the killed).
///
/// Value labels follow one rule per kind, the same in a standalone chart and in the brief (the
/// decisions are taken in chart units): single bars and stacks carry their total when it fits the
/// band; stack segments carry their value when the segment is at least `minimumSegment` tall and
/// the number fits its width; grouped bars are labelled all, or none when one label would not fit.
struct ColumnChartPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    /// The stated minimum height, in points, of a stack segment that carries its value.
    static let minimumSegment = 14.0

    private var stacked: Bool { chart.kind == .stackedBars }
    private var grouped: Bool { chart.kind == .groupedBars }
    private var layers: [ChartSpec.Layer] { frame.visibleLayers.filter { $0.nestedIn == nil } }
    private var nested: [ChartSpec.Layer] { frame.visibleLayers.filter { $0.nestedIn != nil } }

    func draw(on canvas: Canvas) {
        let panels = chart.panels && layers.count > 1
        let area = frame.draw(on: canvas, legend: !panels && frame.visibleLayers.count > 1)
        panels ? drawPanels(in: area, on: canvas) : plot(in: area, on: canvas)
    }

    /// One panel per layer, stacked, each titled with the layer's name and scaled to its own values.
    private func drawPanels(in area: (x: Double, y: Double, w: Double, h: Double), on canvas: Canvas) {
        let gap = 12.0
        let each = (area.h - gap * Double(layers.count - 1)) / Double(layers.count)
        for (index, layer) in layers.enumerated() {
            let top = area.y + Double(index) * (each + gap)
            let title = canvas.text(layer.label, x: area.x, y: top, font: ChartFrame.panelFont, color: Palette.ink).height
            var single = chart
            single.kind = .bars
            single.layers = [layer]
            single.panels = false
            ColumnChartPainter(
                chart: single,
                frame: ChartFrame(chart: single, showTitle: frame.showTitle, height: frame.height, width: frame.width)
            )
            .plot(in: (area.x, top + title + 2, area.w, each - title - 2), on: canvas)
        }
    }

    private func plot(in area: (x: Double, y: Double, w: Double, h: Double), on canvas: Canvas) {
        let n = chart.categories.count
        let totals = (0..<n).map { i in layers.reduce(0.0) { $0 + ($1.values[i] ?? 0) } }
        let maximum = stacked ? (totals.max() ?? 0) : layers.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ValueAxis(scale: AxisScale(maximum: maximum, wholeSteps: true), isShare: false, numbers: chart.numbers)
        var plot = VerticalPlot(axis: axis, area: area, categories: chart.categories, canvas: canvas)
        let labels = grouped ? groupLabels(plot: plot, canvas: canvas) : .upright
        if labels == .turned {
            // Labels read upwards above their bars: the plot gives up the height of the longest.
            let extra = groupLabelTexts.map { canvas.measure($0, font: ChartFrame.valueFont).width }.max()! - 6
            plot = VerticalPlot(
                axis: axis, area: (area.x, area.y + extra, area.w, area.h - extra), categories: chart.categories, canvas: canvas)
        }
        plot.drawGrid(on: canvas)
        guard n > 0 else { return }
        if grouped {
            for i in 0..<n { drawGroup(i, plot: plot, canvas: canvas, labels: labels) }
        } else {
            for i in 0..<n { drawStack(i, total: totals[i], plot: plot, canvas: canvas) }
        }
        plot.drawBaseline(on: canvas)
        plot.drawCategories(chart.categories, on: canvas)
    }

    /// A category the data does not cover: no bar and no 0, but the words "no data" (or a dash where
    /// they do not fit), so a gap never reads as a zero.
    private func isGap(_ i: Int) -> Bool { layers.allSatisfy { $0.values[i] == nil } }

    private func drawGap(_ i: Int, plot: VerticalPlot, canvas: Canvas) {
        let center = plot.left + (Double(i) + 0.5) * plot.band
        let text =
            canvas.measure(chart.unknownValue, font: ChartFrame.valueFont).width <= plot.band - 2 ? chart.unknownValue : "–"
        canvas.text(
            text, x: center, y: plot.y(0) - 2, font: ChartFrame.valueFont, color: Palette.secondaryInk,
            alignment: .center, anchor: .bottom)
    }

    private func drawStack(_ i: Int, total: Double, plot: VerticalPlot, canvas: Canvas) {
        guard !isGap(i) else { return drawGap(i, plot: plot, canvas: canvas) }
        let barWidth = plot.band * 0.68
        let bx = plot.left + Double(i) * plot.band + (plot.band - barWidth) / 2
        var base = 0.0
        for layer in layers {
            let value = layer.values[i] ?? 0
            guard value > 0 else { continue }
            let y0 = plot.y(base), y1 = plot.y(base + value)
            let color = Palette.color(for: layer.colorKey)
            canvas.fillRect(x: bx, y: y1, width: barWidth, height: y0 - y1, color: color)
            if stacked, layers.count > 1 {
                let text = chart.numbers.count(Int(value))
                if y0 - y1 >= Self.minimumSegment, canvas.measure(text, font: ChartFrame.valueFont).width + 4 <= barWidth {
                    canvas.text(
                        text, x: bx + barWidth / 2, y: (y0 + y1) / 2, font: ChartFrame.valueFont,
                        color: Self.ink(on: color), alignment: .center, anchor: .middle)
                }
            }
            base += value
        }
        let totalText = chart.numbers.count(Int(total))
        let font = stacked ? Font(size: ChartFrame.valueFont.size, bold: true) : ChartFrame.valueFont
        if canvas.measure(totalText, font: font).width <= plot.band - 2 {
            canvas.text(
                totalText, x: bx + barWidth / 2, y: plot.y(total) - 2, font: font, color: Palette.ink,
                alignment: .center, anchor: .bottom)
        }
    }

    private func barWidth(_ plot: VerticalPlot) -> Double { plot.band * 0.8 / Double(max(layers.count, 1)) }

    /// How grouped bars carry their values: all upright when every label fits its bar's width, all
    /// turned to read upwards when every label's height does, otherwise none.
    enum GroupLabels { case upright, turned, none }

    private var groupLabelTexts: [String] { layers.flatMap { $0.values.map { chart.numbers.count(Int($0 ?? 0)) } } }

    private func groupLabels(plot: VerticalPlot, canvas: Canvas) -> GroupLabels {
        let width = barWidth(plot) + 1
        let sizes = groupLabelTexts.map { canvas.measure($0, font: ChartFrame.valueFont) }
        if sizes.allSatisfy({ $0.width <= width }) { return .upright }
        return sizes.allSatisfy { $0.height <= width } ? .turned : .none
    }

    private func drawGroup(_ i: Int, plot: VerticalPlot, canvas: Canvas, labels: GroupLabels) {
        guard !isGap(i) else { return drawGap(i, plot: plot, canvas: canvas) }
        let width = barWidth(plot)
        let groupLeft = plot.left + Double(i) * plot.band + plot.band * 0.1
        for (j, layer) in layers.enumerated() {
            guard let value = layer.values[i] else { continue }
            let bx = groupLeft + Double(j) * width
            let y1 = plot.y(value), y0 = plot.y(0)
            canvas.fillRect(x: bx + 0.5, y: y1, width: width - 1, height: y0 - y1, color: Palette.color(for: layer.colorKey))
            for part in nested where part.nestedIn == layer.colorKey {
                let inner = part.values[i] ?? 0
                guard inner > 0 else { continue }
                canvas.fillRect(
                    x: bx + width * 0.22, y: plot.y(inner), width: width * 0.56, height: y0 - plot.y(inner),
                    color: Palette.color(for: part.colorKey))
            }
            switch labels {
            case .upright:
                canvas.text(
                    chart.numbers.count(Int(value)), x: bx + width / 2, y: y1 - 2, font: ChartFrame.valueFont,
                    color: Palette.ink, alignment: .center, anchor: .bottom)
            case .turned:
                canvas.text(
                    chart.numbers.count(Int(value)), x: bx + width / 2, y: y1 - 3, font: ChartFrame.valueFont,
                    color: Palette.ink, anchor: .middle, rotation: -Double.pi / 2)
            case .none: break
            }
        }
    }

    /// White on dark fills, ink on light ones.
    static func ink(on color: Color) -> Color { color.luminance < 0.45 ? .white : Palette.ink }
}

/// Category labels under the bands: on one line; wrapped at their spaces when that lets every label
/// fit its band (`années` over `1970`); otherwise thinned to every k-th one so they never overlap.
enum CategoryLabels {
    static func draw(_ labels: [String], on canvas: Canvas, left: Double, band: Double, y: Double) {
        let wrap = wrapWidth(labels, on: canvas, band: band)
        let widest = labels.map { canvas.measure($0, font: ChartFrame.axisFont, wrapWidth: wrap).width }.max() ?? 0
        let every = max(1, Int(((widest + 6) / band).rounded(.up)))
        for (i, label) in labels.enumerated() where i % every == 0 {
            canvas.text(
                label, x: left + (Double(i) + 0.5) * band, y: y, font: ChartFrame.axisFont,
                color: Palette.ink, alignment: .center, wrapWidth: wrap)
        }
    }

    /// The width to wrap labels to, or nil when they fit on one line (or wrapping would not help).
    static func wrapWidth(_ labels: [String], on canvas: Canvas, band: Double) -> Double? {
        let widest = labels.map { canvas.measure($0, font: ChartFrame.axisFont).width }.max() ?? 0
        guard widest + 6 > band, labels.contains(where: { $0.contains(" ") }) else { return nil }
        let wrapped = labels.map { canvas.measure($0, font: ChartFrame.axisFont, wrapWidth: band - 6).width }.max() ?? 0
        return wrapped + 6 <= band ? band - 6 : nil
    }

    /// How tall the labels stand below the plot.
    static func height(_ labels: [String], on canvas: Canvas, band: Double) -> Double {
        let wrap = wrapWidth(labels, on: canvas, band: band)
        return labels.map { canvas.measure($0, font: ChartFrame.axisFont, wrapWidth: wrap).height }.max() ?? 0
    }
}
