/// A value axis from zero to a round top, with ticks on 1, 2 or 5 × 10ⁿ steps.
public struct AxisScale: Equatable, Sendable {
    public let top: Double
    public let step: Double

    /// About `targetTicks` intervals covering `maximum`; an empty chart still gets an axis.
    /// `wholeSteps` keeps count axes from ticking at fractions (no "0.5 attacks").
    public init(maximum: Double, targetTicks: Int = 5, wholeSteps: Bool = false) {
        guard maximum > 0, maximum.isFinite else {
            top = 1
            step = wholeSteps ? 1 : 0.2
            return
        }
        let raw = maximum / Double(targetTicks)
        let magnitude = pow10(floorLog10(raw))
        let residual = raw / magnitude
        let factor: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        step = wholeSteps ? max(1, factor * magnitude) : factor * magnitude
        top = (maximum / step).rounded(.up) * step
    }

    public var ticks: [Double] {
        let count = Int((top / step).rounded())
        return (0...count).map { Double($0) * step }
    }
}

private func floorLog10(_ x: Double) -> Int {
    var exponent = 0
    var value = x
    while value >= 10 {
        value /= 10
        exponent += 1
    }
    while value < 1 {
        value *= 10
        exponent -= 1
    }
    return exponent
}

private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
    return result
}
