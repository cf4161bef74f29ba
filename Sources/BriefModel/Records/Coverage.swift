/// What an export covers: the first and last date of its accepted records. Unknown is not zero: a
/// year of the period outside this span is not covered (a gap, never 0), and a year covered only in
/// part is partial (marked, never treated as a full year).
public struct Coverage: Sendable, Equatable {
    public var first: CivilDate
    public var last: CivilDate

    public init(first: CivilDate, last: CivilDate) {
        self.first = first
        self.last = last
    }

    /// The span of `days` (`DayKey`s); nil when there are none.
    public init?(dayKeys days: [Int32]) {
        guard let low = days.min(), let high = days.max() else { return nil }
        self.init(first: DayKey.date(low), last: DayKey.date(high))
    }

    public init?(dates: some Sequence<CivilDate>) {
        var low: CivilDate?, high: CivilDate?
        for date in dates {
            if low.map({ date < $0 }) ?? true { low = date }
            if high.map({ $0 < date }) ?? true { high = date }
        }
        guard let low, let high else { return nil }
        self.init(first: low, last: high)
    }

    /// How much of `year` the data covers. A year is partial when the data starts more than 31 days
    /// after its first day or ends more than 31 days before its last (public-data.md).
    public func year(_ year: Int) -> YearCoverage {
        guard first.year <= year, year <= last.year else { return .notCovered }
        let startsLate = first.year == year && first.dayOfYear > 32
        let endsEarly = last.year == year && CivilDate.daysIn(year: year) - last.dayOfYear > 31
        guard startsLate || endsEarly else { return .full }
        return .partial(from: startsLate ? first : nil, to: endsEarly ? last : nil)
    }

    /// Whether any day of `period` is covered.
    public func overlaps(_ period: Period) -> Bool { first.year <= period.to && last.year >= period.from }

    /// The days of `period` a rate may run over: every day of a fully covered year, the covered
    /// days of a partial one, none of a year not covered.
    public func days(in period: Period) -> Int {
        period.years.reduce(0) { total, year in
            switch self.year(year) {
            case .full: return total + CivilDate.daysIn(year: year)
            case .notCovered: return total
            case .partial(let from, let to):
                let start = from ?? CivilDate(year: year, month: 1, day: 1)!
                let end = to ?? CivilDate(year: year, month: 12, day: 31)!
                return total + end.dayNumber - start.dayNumber + 1
            }
        }
    }

    /// The union of several exports' spans (a figure drawn from several inputs).
    public static func union(_ spans: [Coverage]) -> Coverage? {
        guard let first = spans.map(\.first).min(), let last = spans.map(\.last).max() else { return nil }
        return Coverage(first: first, last: last)
    }
}

/// How much of one calendar year an export covers.
public enum YearCoverage: Sendable, Equatable {
    case full
    /// Covered from `from` (when it starts late) to `to` (when it ends early).
    case partial(from: CivilDate?, to: CivilDate?)
    case notCovered
}

extension CivilDate {
    /// 1 for 1 January.
    public var dayOfYear: Int {
        (1..<month).reduce(0) { $0 + CivilDate.daysIn(month: $1, year: year) } + day
    }

    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    /// Days since 1 January of year 1 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        let y = year - 1
        return y * 365 + y / 4 - y / 100 + y / 400 + dayOfYear
    }
}
