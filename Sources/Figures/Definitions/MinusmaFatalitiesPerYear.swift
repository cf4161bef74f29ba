import BriefModel

/// Figure 8: MINUSMA fatalities per year by attack category.
public struct MinusmaFatalitiesPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-fatalities-per-year"
    public let brief = "Figure 8"
    public let axis = FigureAxis.year
    public let unit = "fatalities"
    public let definition =
        "MINUSMA personnel killed in attacks on the mission each calendar year, by type of attack, and in all."

    public func title(_ period: Period) -> String { "MINUSMA fatalities in attacks by type and year, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        let cube: IncidentCube
        switch MinusmaFatalities.attacks(in: data) {
        case .success(let found): cube = found
        case .failure(let missing): return unavailable(period, missing)
        }
        var series = IncidentCategory.attackTypes.map { type in
            Series(
                name: type.rawValue,
                counts: cube.perYear(period, \.unKilled) { $0.isAttackOnMINUSMA && $0.category == type })
        }
        let layers = AttackTypeLayers.layers(series)
        series.append(Series(name: "total", counts: cube.perYear(period, \.unKilled, where: \.isAttackOnMINUSMA)))
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, title: title(period),
                subtitle: "Peacekeepers and civilian staff killed per year, by type of attack",
                source: "", categories: categories, layers: layers, valueLabel: "Fatalities"))
    }
}
