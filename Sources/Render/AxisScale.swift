/// A value axis from zero to a round top, with ticks on 1, 2 or 5 × 10ⁿ steps.
public struct AxisScale: Equatable, Sendable {
    public let top: Double
    public let step: Double

    /// Three to seven intervals covering `maximum`, on the step whose top wastes the least height (1,080
    /// gets 0–1,200 by 200, not 0–1,500 by 500); an empty chart still gets an axis. `wholeSteps` keeps
    /// count axes from ticking at fractions (no "0.5 attacks").
    public init(maximum: Double, targetTicks: Int = 5, wholeSteps: Bool = false) {
        guard maximum > 0, maximum.isFinite else {
            top = 1
            step = wholeSteps ? 1 : 0.2
            return
        }
        let magnitude = pow10(floorLog10(maximum / Double(targetTicks)))
        let candidates = [0.1, 0.2, 0.5, 1, 2, 5, 10].map { $0 * magnitude }
            .filter { !wholeSteps || $0 >= 1 }
            .map { step in (step: step, top: (maximum / step).rounded(.up) * step) }
            .filter { (3...7).contains(Int(($0.top / $0.step).rounded())) }
        if let tightest = candidates.min(by: { ($0.top, -$0.step) < ($1.top, -$1.step) }) {
            step = tightest.step
            top = tightest.top
            return
        }
        // Small counts (an axis to 2): the nearest 1, 2 or 5 step, whatever the number of intervals.
        let residual = maximum / Double(targetTicks) / magnitude
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
