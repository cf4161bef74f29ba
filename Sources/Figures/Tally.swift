import BriefModel

/// Counting helpers shared by the per-year figures.
enum Tally {
    /// Counts per year of the period; years with nothing are zero.
    static func perYear<S: Sequence>(
        _ items: S, period: Period, year: (S.Element) -> Int, weight: (S.Element) -> Int = { _ in 1 }
    )
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

extension Tally {
    /// Per-year sums of a count that may be unknown. Unknown is not zero: a year whose items all
    /// leave the count unknown is nil, and when no item of the period records it at all, every
    /// year is nil. A year with no items is 0.
    static func perYearKnown<S: Sequence>(
        _ items: S, period: Period, year: (S.Element) -> Int, count: (S.Element) -> Count
    )
        -> [Int?]
    {
        let years = period.to - period.from + 1
        var sums = [Int](repeating: 0, count: years), seen = sums, known = sums
        for item in items {
            let y = year(item)
            guard period.contains(y) else { continue }
            seen[y - period.from] += 1
            if case .known(let n) = count(item) {
                known[y - period.from] += 1
                sums[y - period.from] += n
            }
        }
        guard known.contains(where: { $0 > 0 }) else { return sums.map { _ in nil } }
        return (0..<years).map { seen[$0] > 0 && known[$0] == 0 ? nil : sums[$0] }
    }
}

extension Tally {
    /// `perYearKnown` over the cube: `sum` adds the known counts, `known` counts the incidents that
    /// record them, with the same rule (a year of incidents none of which records it is nil).
    static func perYearKnown(
        _ cube: IncidentCube, period: Period, sum: (IncidentCube.Cell) -> Int, known: (IncidentCube.Cell) -> Int,
        where filter: (IncidentCube.Key) -> Bool
    ) -> [Int?] {
        let seen = cube.perYear(period, \.incidents, where: filter)
        let recorded = cube.perYear(period, known, where: filter), sums = cube.perYear(period, sum, where: filter)
        guard recorded.contains(where: { $0 > 0 }) else { return sums.map { _ in nil } }
        return sums.indices.map { seen[$0] > 0 && recorded[$0] == 0 ? nil : sums[$0] }
    }
}
