import BriefModel

/// Arms or ammunition: the two exports the monitoring views follow.
public enum MaterielKind: String, Sendable, CaseIterable {
    case arms, ammunition
}

/// One kind of materiel followed through the data: an ammunition sample (calibre, producer, year),
/// an arms item (category, model, calibre, country, year) or an arms type (category, model, calibre).
/// Parts the export does not record are nil and print as "not recorded", never as zero.
///
/// A class of constants rather than a struct: the views filter and sort tens of thousands of items,
/// and copying one is then one reference count instead of one per string and array it holds.
public final class TrackedItem: Sendable, Equatable {
    public let kind: MaterielKind
    /// The arms category's canonical key; nil for ammunition.
    public let category: ArmsCategory?
    public let model: String?
    public let calibre: Calibre?
    /// The producer, or for an ammunition sample with a blank producer the country standing in.
    public let producer: String?
    public let country: Country?
    public let year: Int?
    public let sightings: Sightings
    /// A stable identity across builds, for telling a first sighting from an item seen before.
    public let key: String
    /// The day it was first recovered in a second zone (`Sightings.spread`), worked out once: the
    /// views sort tens of thousands of items by it.
    public let spread: CivilDate?

    init(
        kind: MaterielKind, category: ArmsCategory? = nil, model: String? = nil, calibre: Calibre?, producer: String?,
        country: Country?, year: Int?, sightings: Sightings
    ) {
        (self.kind, self.category, self.model, self.calibre) = (kind, category, model, calibre)
        (self.producer, self.country, self.year, self.sightings) = (producer, country, year, sightings)
        key = [
            kind.rawValue, category?.rawValue ?? "", model ?? "", calibre?.description ?? "", producer ?? "",
            country?.name ?? "", year.map(String.init) ?? "",
        ].joined(separator: "|")
        spread = sightings.spread
    }

    public static func == (a: TrackedItem, b: TrackedItem) -> Bool {
        (a.kind, a.category, a.model, a.calibre) == (b.kind, b.category, b.model, b.calibre)
            && (a.producer, a.country, a.year) == (b.producer, b.country, b.year) && a.sightings == b.sightings
    }

    /// Years from production to first recovery; nil when the production year is not recorded.
    public var lag: Int? { year.map { sightings.first.year - $0 } }

    /// How a reader names it: `7.62x39mm Factory 10E 2015 (Egypt)`, `DShK heavy machine gun, 12.7x108mm, China 1982`.
    public var label: String {
        switch kind {
        case .ammunition:
            let maker = producer ?? country?.name ?? "producer not recorded"
            let country = self.country.map { $0.name == maker ? "" : " (\($0.name))" } ?? ""
            return [calibre?.description, maker, year.map(String.init)].compactMap { $0 }.joined(separator: " ") + country
        case .arms:
            // `Type 85 heavy machine gun, 12.7x108mm`; a model that names its kind is not repeated.
            let kind = category.map(\.englishName) ?? ""
            let named = model.map {
                $0.lowercased().contains(kind.split(separator: " ").last.map(String.init) ?? kind) ? $0 : "\($0) \(kind)"
            }
            let name = [named ?? kind, calibre?.description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            let origin = [country?.name, year.map(String.init)].compactMap { $0 }.joined(separator: " ")
            return origin.isEmpty ? name : "\(name), \(origin)"
        }
    }
}

extension Array where Element == TrackedItem {
    /// Sorted without moving the items while sorting: swapping tens of thousands of items (strings,
    /// arrays) costs more than comparing them.
    func ordered(by areInIncreasingOrder: (TrackedItem, TrackedItem) -> Bool) -> [TrackedItem] {
        indices.sorted { areInIncreasingOrder(self[$0], self[$1]) }.map { self[$0] }
    }

    /// The first `k` items of `ordered(by:)`, in one pass: the brief names a handful of items out of
    /// tens of thousands.
    func first(_ k: Int, by areInIncreasingOrder: (TrackedItem, TrackedItem) -> Bool) -> [TrackedItem] {
        var best: [Int] = []
        for i in indices where best.count < k || areInIncreasingOrder(self[i], self[best[best.count - 1]]) {
            let at = best.firstIndex { areInIncreasingOrder(self[i], self[$0]) } ?? best.count
            best.insert(i, at: at)
            if best.count > k { best.removeLast() }
        }
        return best.map { self[$0] }
    }
}
