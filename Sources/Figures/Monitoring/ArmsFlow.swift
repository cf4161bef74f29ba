import BriefModel

/// The arms-flow monitoring views of the brief's sections 3.2–3.3 and Boxes 3, 4 and 9, computed
/// once per build from the arms and ammunition exports: the trackers, first sightings, the
/// production-to-recovery lag, post-cutoff materiel and the specificity of heavy materiel.
///
/// Every record recovered up to the end of the period counts, including those before its start: a
/// "first sighting" is materiel never recorded before anywhere in the data.
public struct ArmsFlow: Sendable {
    public let period: Period
    public let producedAfter: Int
    /// Arms items (category, model, calibre, country, year); nil when no arms export was read.
    public let arms: [TrackedItem]?
    /// Arms types (category, model, calibre), for first sightings of a kind of weapon.
    public let armsTypes: [TrackedItem]?
    /// Ammunition samples (all calibres); nil when no ammunition export was read.
    public let ammunition: [TrackedItem]?
    /// Arms types and ammunition samples together, first recovered first: what a first sighting is
    /// looked for among.
    public let typesAndSamples: [TrackedItem]
    public let postCutoff: PostCutoffCounts
    public let specificity: [SpecificityGroup]?

    public init(_ data: Dataset, period: Period, producedAfter: Int = AnalysisSettings().producedAfter) {
        self.period = period
        self.producedAfter = producedAfter
        var cutoff = PostCutoffCounts(period: period, producedAfter: producedAfter)
        if let items = data.arms {
            var byItem = SightingsAccumulator<ArmsKey>(), byType = SightingsAccumulator<ArmsKey>()
            for item in items where item.recoveredDate.year <= period.to {
                let key = ArmsKey(item)
                byItem.add(key, date: item.recoveredDate, region: item.region, incident: item.incidentID, quantity: item.quantity)
                byType.add(
                    key.type, date: item.recoveredDate, region: item.region, incident: item.incidentID, quantity: item.quantity)
                cutoff.count(.arms, recovered: item.recoveredDate.year, produced: item.year)
            }
            arms = Self.sorted(byItem.byKey.map { $0.item($1) })
            armsTypes = Self.sorted(byType.byKey.map { $0.item($1) })
            specificity = SpecificityGroup.groups(items.filter { $0.recoveredDate.year <= period.to })
        } else {
            (arms, armsTypes, specificity) = (nil, nil, nil)
        }
        if let columns = data.ammunitionColumns {
            // A sample recorded once with a country and once without keeps the country.
            ammunition = Self.sorted(SampleSightingsTable.items(columns, upTo: period.to, cutoff: &cutoff))
        } else {
            ammunition = nil
        }
        postCutoff = cutoff
        typesAndSamples = Self.merged(armsTypes ?? [], ammunition ?? [])
    }

    /// First recovered first; ties by key, so that the order never depends on the rows' order.
    public static func sorted(_ items: [TrackedItem]) -> [TrackedItem] {
        items.ordered(by: precedes)
    }

    /// First recovered first; ties by key.
    static func precedes(_ a: TrackedItem, _ b: TrackedItem) -> Bool { (a.sightings.first, a.key) < (b.sightings.first, b.key) }

    /// Two lists in `sorted` order as one, in that order.
    static func merged(_ a: [TrackedItem], _ b: [TrackedItem]) -> [TrackedItem] {
        var out: [TrackedItem] = [], i = 0, j = 0
        out.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            let takeA = j == b.count || (i < a.count && precedes(a[i], b[j]))
            out.append(takeA ? a[i] : b[j])
            if takeA { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Every tracked item of both exports: arms items and ammunition samples.
    public var items: [TrackedItem] { (arms ?? []) + (ammunition ?? []) }
}

/// An arms item's identity in the tracker; its `type` drops country and year.
struct ArmsKey: Hashable {
    var category: ArmsCategory
    var model: String?
    var calibre: Calibre?
    var country: Country?
    var year: Int?

    init(_ item: ArmsItem) {
        (category, model, calibre, country, year) = (item.category, item.model, item.calibre, item.country, item.year)
    }

    var type: ArmsKey {
        var type = self
        (type.country, type.year) = (nil, nil)
        return type
    }

    func item(_ sightings: Sightings) -> TrackedItem {
        TrackedItem(
            kind: .arms, category: category, model: model, calibre: calibre, producer: nil, country: country,
            year: year, sightings: sightings)
    }
}
