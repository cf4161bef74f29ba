import BriefModel
import Foundation

/// Map 2: where extremists attacked in the period's last year, by group: a circle per region whose
/// area is proportional to the attacks there, cut by group (the perpetrator field through
/// `PerpetratorGroup`'s aliases).
public struct AttacksByGroupMap: FigureDefinition {
    public init() {}
    public let id = "map-attacks-by-group"
    public let brief = "Map 2"
    public let axis = FigureAxis.region
    public let unit = "attacks"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let columns = data.incidentColumns else { return unavailable(period, .noIncidents) }
        let groups = PerpetratorGroup.allCases
        var counts = Array(repeating: Array(repeating: 0, count: groups.count), count: Region.allCases.count)
        // Each distinct perpetrator classified once, not once per row (a million rows at scale).
        let groupOfCode = columns.perpetrator.entries.map { groups.firstIndex(of: PerpetratorGroup.classify($0))! }
        for row in 0..<columns.count where DayKey.year(columns.day[row]) == period.to {
            guard IncidentCategory(code: columns.category[row]).isAttack else { continue }
            counts[Int(columns.region[row])][groupOfCode[Int(columns.perpetrator.codes[row])]] += 1
        }
        let regions = Region.allCases.indices.filter { counts[$0].reduce(0, +) > 0 }
        let categories = regions.map { Region.allCases[$0].rawValue }
        var series = groups.enumerated().map { index, group in
            Series(name: group.rawValue, counts: regions.map { counts[$0][index] })
        }
        series.append(Series(name: "total", counts: regions.map { counts[$0].reduce(0, +) }))
        var map = MapFrame.spec()
        map.areas = MapFrame.areas(regions: data.regionAreas)
        map.circles = regions.map { index in
            let region = Region.allCases[index]
            return MapSpec.Circle(
                key: region.rawValue, label: region.rawValue, at: region.seat.at,
                slices: groups.enumerated().map { MapSpec.Slice(colorKey: $1.rawValue, value: Double(counts[index][$0])) })
        }
        let largest = Double(regions.map { counts[$0].reduce(0, +) }.max() ?? 0)
        map.largestValue = max(largest, 1)
        map.sizeReferences = Self.references(largest)
        // The key names only the groups drawn: a colour with no slice would promise a group the map lacks.
        let drawn = groups.indices.filter { group in counts.contains { $0[group] > 0 } }
        map.key = drawn.map { groups[$0] }.map {
            MapSpec.KeyEntry(key: $0.rawValue, label: $0.rawValue, colorKey: $0.rawValue, symbol: .swatch)
        }
        let layers = series.map { ChartSpec.Layer(label: $0.name, colorKey: $0.name, values: $0.values) }
        var result = FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: MapFrame.chart(map, categories: categories, layers: layers))
        result.reportsYear = period.to
        return result
    }

    /// Two or three round values for the key's circles: the largest, and a half and a tenth of it.
    static func references(_ largest: Double) -> [Double] {
        guard largest > 0 else { return [] }
        let magnitude = pow10(Int(log10(largest)))
        let top = (largest / magnitude).rounded(.down) * magnitude
        return Array(Set([top, (top / 2).rounded(), (top / 10).rounded()].filter { $0 >= 1 })).sorted()
    }

    private static func pow10(_ n: Int) -> Double { (0..<max(0, n)).reduce(1.0) { value, _ in value * 10 } }
}
