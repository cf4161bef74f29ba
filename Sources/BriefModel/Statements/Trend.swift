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
    /// Where the series turned between its ends, when it did by a quarter of the larger end or more:
    /// the sentence then tells the shape ("rose … to a peak of 84 in 2017, then fell to 58 in 2022").
    public var turn: Turn?
    /// The years the trend runs between (the first and last the data covers, which need not be the
    /// period's ends), and what part of them it covers (a partial year is said to be one).
    public var firstYear: String?
    public var lastYear: String?
    public var firstCoverage: YearCoverage?
    public var lastCoverage: YearCoverage?

    public struct Turn: Sendable, Equatable {
        public enum Kind: String, Sendable { case peak, dip }
        public let kind: Kind
        public let year: String
        public let value: Double

        public init(kind: Kind, year: String, value: Double) {
            self.kind = kind
            self.year = year
            self.value = value
        }
    }

    /// A turn counts when the series goes past its ends by at least this share of the larger end.
    public static let turnShare = 0.25

    public init(first: Double, last: Double, direction: Direction) {
        self.first = first
        self.last = last
        self.direction = direction
    }

    public static let countTolerance = 0.10
    public static let sharePointsTolerance = 0.05

    /// The trend of a count from `first` to `last`; nil when either is unknown.
    public static func counts(_ first: Double?, _ last: Double?) -> Trend? {
        guard let first, let last else { return nil }
        if first == 0 { return Trend(first: first, last: last, direction: last > 0 ? .rose : .level) }
        let change = (last - first) / first
        return Trend(
            first: first, last: last,
            direction: change > countTolerance ? .rose : change < -countTolerance ? .fell : .level)
    }

    /// The trend of a per-year count series from its first to its last known year, with the turn
    /// between them: a peak when the highest value in between exceeds the larger end by a quarter of
    /// that end or more, a dip when the lowest falls below the smaller end by as much (the larger
    /// departure when both). Nil with fewer than two known years.
    public static func counts(_ values: [Double?], years: [String], coverage: [String: YearCoverage] = [:]) -> Trend? {
        let known = values.indices.filter { values[$0] != nil }
        guard let start = known.first, let end = known.last, start < end, var trend = counts(values[start], values[end])
        else { return nil }
        let (first, last) = (trend.first, trend.last)
        let larger = max(first, last), threshold = max(larger * turnShare, Double.ulpOfOne)
        let inside = known.filter { $0 > start && $0 < end }
        let high = inside.max { values[$0]! < values[$1]! || (values[$0]! == values[$1]! && $0 > $1) }
        let low = inside.min { values[$0]! < values[$1]! || (values[$0]! == values[$1]! && $0 < $1) }
        let rise = high.map { values[$0]! - larger } ?? 0, fall = low.map { min(first, last) - values[$0]! } ?? 0
        if let high, rise >= threshold, rise >= fall {
            trend.turn = Turn(kind: .peak, year: years[high], value: values[high]!)
        } else if let low, fall >= threshold, larger > 0 {
            trend.turn = Turn(kind: .dip, year: years[low], value: values[low]!)
        }
        trend.firstYear = years[start]
        trend.lastYear = years[end]
        trend.firstCoverage = coverage[years[start]]
        trend.lastCoverage = coverage[years[end]]
        return trend
    }

    /// The trend of a share (a fraction) from `first` to `last`; nil when either is unknown.
    public static func shares(_ first: Double?, _ last: Double?) -> Trend? {
        guard let first, let last else { return nil }
        let change = last - first
        return Trend(
            first: first, last: last,
            direction: change > sharePointsTolerance ? .rose : change < -sharePointsTolerance ? .fell : .level)
    }
}
