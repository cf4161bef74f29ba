import BriefModel

/// Figure 1: attacks on all parties per year, by the zone of the region.
public struct AttacksPerYear: FigureDefinition {
    public init() {}
    public let id = "attacks-per-year"
    public let brief = "Figure 1"
    public let axis = FigureAxis.year
    public let unit = "attacks"
    public let definition = "Attacks on all parties per calendar year, by the zone (northern, central, southern) of the region where they took place."

    public func title(_ period: Period) -> String { "Extremist attacks in Mali by zone, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let incidents = data.incidents else { return unavailable(period, .noIncidents) }
        let attacks = incidents.filter(\.isAttack)
        var series = Zone.allCases.map { zone in
            Series(name: zone.rawValue, counts: Tally.perYear(attacks.lazy.filter { $0.region.zone == zone },
                period: period, year: \.year))
        }
        series.append(Series(name: "total", counts: Tally.perYear(attacks, period: period, year: \.year)))
        let categories = yearCategories(period)
        let layers = Zone.allCases.enumerated().map { index, zone in
            ChartSpec.Layer(label: zone.displayName, colorKey: zone.rawValue, values: series[index].values)
        }
        return FigureResult(
            id: id, title: title(period), brief: brief, axis: axis, unit: unit, definition: definition, categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, title: title(period), subtitle: "Attacks per year on all parties, by zone",
                source: Sources.missionDatabase, categories: categories, layers: layers, valueLabel: "Attacks"))
    }
}
