import BriefModel
import Drawing

/// A vertical value axis: gridlines at nice ticks, labels left of the plot, zero line on top.
struct ValueAxis {
    let scale: AxisScale
    let isShare: Bool

    func label(_ value: Double) -> String {
        isShare ? NumberText.percent(value) : NumberText.count(Int(value.rounded()))
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
            canvas.text(label(tick), x: left - 6, y: y, font: ChartFrame.axisFont, color: Palette.secondaryInk,
                alignment: .right, anchor: .middle)
        }
    }

    func drawBaseline(on canvas: Canvas, left: Double, right: Double, top: Double, height: Double) {
        let y = y(0, top: top, height: height)
        canvas.strokeLine(from: (left, y), to: (right, y), color: Palette.ink, width: 0.8)
    }
}
