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
    public private(set) var byKind: [MaterielKind: [Year]] = [:]

    init(period: Period, producedAfter: Int) {
        self.period = period
        self.producedAfter = producedAfter
    }

    mutating func count(_ kind: MaterielKind, recovered: Int, produced: Int?) {
        guard period.contains(recovered) else { return }
        var years = byKind[kind] ?? Array(repeating: Year(), count: period.years.count)
        let i = recovered - period.from
        if let produced {
            years[i].dated += 1
            if produced > producedAfter { years[i].postCutoff += 1 }
        } else {
            years[i].undated += 1
        }
        byKind[kind] = years
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
