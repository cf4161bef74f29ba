import BriefModel

/// Figure 1: attacks on all parties per year, by the zone of the region.
public struct AttacksPerYear: FigureDefinition {
    public init() {}
    public let id = "attacks-per-year"
    public let brief = "Figure 1"
    public let axis = FigureAxis.year
    public let unit = "attacks"
    public let definition =
        "The attacks recorded each calendar year against anyone (IEDs, indirect fire, small arms fire and complex attacks), split by the zone of Mali, north, centre or south, of the region where they happened."

    public func title(_ period: Period) -> String { "Extremist attacks in Mali by zone, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        var series = Zone.allCases.map { zone in
            Series(name: zone.rawValue, counts: cube.perYear(period) { $0.isAttack && $0.zone == zone })
        }
        series.append(Series(name: "total", counts: cube.perYear(period, where: \.isAttack)))
        let categories = yearCategories(period)
        let layers = Zone.allCases.enumerated().map { index, zone in
            ChartSpec.Layer(label: zone.displayName, colorKey: zone.rawValue, values: series[index].values)
        }
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, title: title(period), subtitle: "Attacks per year on all parties, by zone",
                source: "", categories: categories, layers: layers, valueLabel: "Attacks"))
    }
}
