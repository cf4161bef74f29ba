import BriefModel

/// Figure 4: attacks on MINUSMA, every year of the period.
public struct MinusmaAttacksPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-attacks-per-year"
    public let brief = "Figure 4"
    public let axis = FigureAxis.year
    public let unit = "attacks"
    public let definition =
        "The attacks (IEDs, indirect fire, small arms fire and complex attacks) whose target was MINUSMA, each calendar year."

    public func title(_ period: Period) -> String {
        "Annual numbers of extremist attacks against MINUSMA, \(period)"
    }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let attacks = cube.perYear(period, where: \.isAttackOnMINUSMA)
        let categories = yearCategories(period)
        let series = Series(name: "attacks", counts: attacks)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories,
            series: [series],
            chart: ChartSpec(
                kind: .bars, title: title(period), subtitle: "Number of attacks per year, \(period)",
                source: "", categories: categories,
                layers: [.init(label: "Attacks on MINUSMA", colorKey: "neutral", values: series.values)],
                valueLabel: "Attacks"))
    }
}
