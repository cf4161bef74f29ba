import BriefModel

/// Figure 8: MINUSMA fatalities per year by attack category.
public struct MinusmaFatalitiesPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-fatalities-per-year"
    public let brief = "Figure 8"
    public let axis = FigureAxis.year
    public let unit = "fatalities"

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
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, source: "", categories: categories, layers: layers))
    }
}
