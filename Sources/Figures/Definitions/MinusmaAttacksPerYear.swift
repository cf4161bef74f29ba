import BriefModel

/// Figure 4: attacks on MINUSMA, every year of the period.
public struct MinusmaAttacksPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-attacks-per-year"
    public let brief = "Figure 4"
    public let axis = FigureAxis.year
    public let unit = "attacks"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let attacks = cube.perYear(period, where: \.isAttackOnMINUSMA)
        let categories = yearCategories(period)
        let series = Series(name: "attacks", counts: attacks)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories,
            series: [series],
            chart: ChartSpec(
                kind: .bars, source: "", categories: categories,
                layers: [.init(colorKey: "neutral", values: series.values)]))
    }
}
