import BriefModel
import Drawing

/// A vertical value axis: gridlines at nice ticks, labels left of the plot, zero line on top.
struct ValueAxis {
    let scale: AxisScale
    let isShare: Bool
    var numbers = NumberFormat.english

    func label(_ value: Double) -> String {
        isShare ? numbers.percent(value) : numbers.count(Int(value.rounded()))
    }

    /// The widest tick label, to reserve room left of the plot.
    func labelWidth(on canvas: Canvas) -> Double {
        scale.ticks.map { canvas.measure(label($0), font: ChartFrame.axisFont).width }.max() ?? 0
    }

    func y(_ value: Double, top: Double, height: Double) -> Double {
        top + height - value / scale.top * height
    }

    func draw(on canvas: Canvas, left: Double, right: Double, top: Double, height: Double) {
        for tick in scale.ticks {
            let y = y(tick, top: top, height: height)
            canvas.strokeLine(from: (left, y), to: (right, y), color: Palette.gridline, width: 0.6)
            canvas.text(
                label(tick), x: left - 6, y: y, font: ChartFrame.axisFont, color: Palette.secondaryInk,
                alignment: .right, anchor: .middle)
        }
    }

    func drawBaseline(on canvas: Canvas, left: Double, right: Double, top: Double, height: Double) {
        let y = y(0, top: top, height: height)
        canvas.strokeLine(from: (left, y), to: (right, y), color: Palette.ink, width: 0.8)
    }
}

/// The plot area of a chart with a vertical value axis and category bands along the bottom:
/// room above the tallest mark for its label, and below the plot for the category labels.
struct VerticalPlot {
    let axis: ValueAxis
    let left: Double, top: Double, width: Double, height: Double
    let band: Double

    init(axis: ValueAxis, area: (x: Double, y: Double, w: Double, h: Double), categories: [String], canvas: Canvas) {
        self.axis = axis
        left = area.x + axis.labelWidth(on: canvas) + 8
        let labelHeight = canvas.measure("2022", font: ChartFrame.axisFont).height
        width = area.x + area.w - left
        band = categories.isEmpty ? width : width / Double(categories.count)
        // Room below the plot for the category labels, two lines when they wrap (`années 1970`).
        let categoryHeight = CategoryLabels.height(categories, on: canvas, band: band)
        top = area.y + labelHeight + 4
        height = area.h - (top - area.y) - max(labelHeight, categoryHeight) - 8
    }

    func y(_ value: Double) -> Double { axis.y(value, top: top, height: height) }
    func center(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }

    func drawGrid(on canvas: Canvas) { axis.draw(on: canvas, left: left, right: left + width, top: top, height: height) }
    func drawBaseline(on canvas: Canvas) {
        axis.drawBaseline(on: canvas, left: left, right: left + width, top: top, height: height)
    }
    func drawCategories(_ labels: [String], on canvas: Canvas) {
        CategoryLabels.draw(labels, on: canvas, left: left, band: band, y: top + height + 5)
    }
}
