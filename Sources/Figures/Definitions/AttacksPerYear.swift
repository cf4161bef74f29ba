import BriefModel

/// Figure 1: attacks on all parties per year, by the zone of the region.
public struct AttacksPerYear: FigureDefinition {
    public init() {}
    public let id = "attacks-per-year"
    public let brief = "Figure 1"
    public let axis = FigureAxis.year
    public let unit = "attacks"

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
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, source: "", categories: categories, layers: layers))
    }
}
