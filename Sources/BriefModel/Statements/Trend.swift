/// Which way a series went between the first and the last year of the period.
public enum Direction: String, Sendable, CaseIterable {
    case rose, fell, level
}

/// A computed trend: the brief says "rose", "fell" or "stayed about level" only from one of these,
/// never from template prose. The rule, printed in the method note and the README:
/// counts compare the last year with the first, and a change of at most 10 % of the first year's
/// value is "about level" (from zero, any rise is a rise); shares compare the two years' shares,
/// and a difference of at most 5 percentage points is "about level".
public struct Trend: Sendable, Equatable {
    public let first: Double
    public let last: Double
    public let direction: Direction

    public static let countTolerance = 0.10
    public static let sharePointsTolerance = 0.05

    /// The trend of a count from `first` to `last`; nil when either is unknown.
    public static func counts(_ first: Double?, _ last: Double?) -> Trend? {
        guard let first, let last else { return nil }
        if first == 0 { return Trend(first: first, last: last, direction: last > 0 ? .rose : .level) }
        let change = (last - first) / first
        return Trend(first: first, last: last,
            direction: change > countTolerance ? .rose : change < -countTolerance ? .fell : .level)
    }

    /// The trend of a share (a fraction) from `first` to `last`; nil when either is unknown.
    public static func shares(_ first: Double?, _ last: Double?) -> Trend? {
        guard let first, let last else { return nil }
        let change = last - first
        return Trend(first: first, last: last,
            direction: change > sharePointsTolerance ? .rose : change < -sharePointsTolerance ? .fell : .level)
    }
}
