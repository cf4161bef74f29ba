import BriefModel

/// Production-to-recovery lag: whole years from the year of production to the year of first
/// recovery, in bands. Items whose production year is not recorded have no lag and are counted
/// apart; an item recorded as recovered before the year it was made is inconsistent and also apart.
public enum LagBands {
    public static let bands: [(label: String, range: ClosedRange<Int>)] = [
        ("0–2", 0...2), ("3–5", 3...5), ("6–10", 6...10), ("11–20", 11...20), ("21–30", 21...30), ("31+", 31...Int.max),
    ]

    /// How many items fall in each band.
    public static func counts(_ items: [TrackedItem]) -> [Int] {
        var counts = Array(repeating: 0, count: bands.count)
        for lag in items.compactMap(\.lag) {
            if let i = bands.firstIndex(where: { $0.range.contains(lag) }) { counts[i] += 1 }
        }
        return counts
    }

    /// Lags that can be used: known and not negative.
    public static func lags(_ items: [TrackedItem]) -> [Int] { items.compactMap(\.lag).filter { $0 >= 0 } }

    /// The median lag in years; nil when no item has a known production year.
    public static func median(_ items: [TrackedItem]) -> Double? {
        let sorted = lags(items).sorted()
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The share of items with a known lag that were first recovered within `years` of production.
    public static func shareWithin(_ years: Int, _ items: [TrackedItem]) -> Double? {
        let known = lags(items)
        return known.isEmpty ? nil : Double(known.filter { $0 <= years }.count) / Double(known.count)
    }

    /// The items first recovered soonest after production, fastest first.
    public static func fastest(_ items: [TrackedItem], limit: Int = 3) -> [TrackedItem] {
        items.filter { ($0.lag ?? -1) >= 0 }.first(limit) {
            ($0.lag!, $0.sightings.first, $0.key) < ($1.lag!, $1.sightings.first, $1.key)
        }
    }
}
