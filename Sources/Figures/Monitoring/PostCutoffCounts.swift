import BriefModel

/// Box 9: per year of recovery, the records whose production year is known and how many of them were
/// produced after the cutoff year. Records whose production year is not recorded are counted apart
/// and never enter the share.
public struct PostCutoffCounts: Sendable, Equatable {
    public struct Year: Sendable, Equatable {
        public var dated = 0
        public var postCutoff = 0
        public var undated = 0

        /// Nil when no record of the year has a known production year.
        public var share: Double? { dated == 0 ? nil : Double(postCutoff) / Double(dated) }
    }

    public let period: Period
    public let producedAfter: Int
    /// Per kind, per year of the period; a kind with no record in the period has none.
    public var byKind: [MaterielKind: [Year]] {
        var byKind: [MaterielKind: [Year]] = [:]
        (byKind[.arms], byKind[.ammunition]) = (arms, ammunition)
        return byKind
    }
    // One array per kind rather than a dictionary: `count` runs once per record, a million times.
    private var arms: [Year]?, ammunition: [Year]?

    init(period: Period, producedAfter: Int) {
        self.period = period
        self.producedAfter = producedAfter
    }

    mutating func count(_ kind: MaterielKind, recovered: Int, produced: Int?) {
        guard period.contains(recovered) else { return }
        switch kind {
        case .arms:
            Self.count(&arms, year: recovered - period.from, produced: produced, after: producedAfter, years: period.years.count)
        case .ammunition:
            Self.count(
                &ammunition, year: recovered - period.from, produced: produced, after: producedAfter, years: period.years.count)
        }
    }

    private static func count(_ counts: inout [Year]?, year i: Int, produced: Int?, after cutoff: Int, years: Int) {
        if counts == nil { counts = Array(repeating: Year(), count: years) }
        if let produced {
            counts![i].dated += 1
            if produced > cutoff { counts![i].postCutoff += 1 }
        } else {
            counts![i].undated += 1
        }
    }

    /// The whole period at once.
    public func total(_ kind: MaterielKind) -> Year? {
        byKind[kind].map { years in
            years.reduce(into: Year()) { sum, year in
                sum.dated += year.dated
                sum.postCutoff += year.postCutoff
                sum.undated += year.undated
            }
        }
    }
}
