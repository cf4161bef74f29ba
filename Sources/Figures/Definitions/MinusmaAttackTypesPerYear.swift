import BriefModel

/// Figure 6: attacks on MINUSMA per year by category.
public struct MinusmaAttackTypesPerYear: FigureDefinition {
    public init() {}
    public let id = "minusma-attack-types-per-year"
    public let brief = "Figure 6"
    public let axis = FigureAxis.year
    public let unit = "attacks"
    public let definition = "The attacks on MINUSMA each calendar year, by type."

    public func title(_ period: Period) -> String { "Attacks against MINUSMA by type and year, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let series = IncidentCategory.attackTypes.map { type in
            Series(name: type.rawValue, counts: cube.perYear(period) { $0.isAttackOnMINUSMA && $0.category == type })
        }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, title: title(period), subtitle: "Attacks on MINUSMA per year, by type",
                source: "", categories: categories,
                layers: AttackTypeLayers.layers(series), valueLabel: "Attacks"))
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
