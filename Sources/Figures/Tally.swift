import BriefModel

/// Counting helpers shared by the per-year figures.
enum Tally {
    /// Counts per year of the period; years with nothing are zero.
    static func perYear<S: Sequence>(_ items: S, period: Period, year: (S.Element) -> Int, weight: (S.Element) -> Int = { _ in 1 })
        -> [Int]
    {
        var counts = [Int](repeating: 0, count: period.to - period.from + 1)
        for item in items {
            let y = year(item)
            if period.contains(y) { counts[y - period.from] += weight(item) }
        }
        return counts
    }

    /// A fraction, or nil when the denominator is zero.
    static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
