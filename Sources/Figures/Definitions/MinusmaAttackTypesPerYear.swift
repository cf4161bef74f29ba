import BriefModel

/// Figure 6: attacks on MINUSMA per year by category.
public struct MinusmaAttackTypesPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-attack-types-per-year"
    public let brief = "Figure 6"
    public let axis = FigureAxis.year
    public let unit = "attacks"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let series = IncidentCategory.attackTypes.map { type in
            Series(name: type.rawValue, counts: cube.perYear(period) { $0.isAttackOnMINUSMA && $0.category == type })
        }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, source: "", categories: categories,
                layers: AttackTypeLayers.layers(series)))
    }
}

/// The four attack types as chart layers, each in its own fixed colour.
enum AttackTypeLayers {
    static func layers(_ series: [Series]) -> [ChartSpec.Layer] {
        zip(IncidentCategory.attackTypes, series).map { type, series in
            ChartSpec.Layer(label: type.displayName, colorKey: type.rawValue, values: series.values)
        }
    }
}
