import BriefModel

/// Figure 5: attacks on MINUSMA over the period by category, with shares.
public struct MinusmaAttackTypes: FigureDefinition {
    public init() {}
    public let id = "minusma-attack-types"
    public let brief = "Figure 5"
    public let axis = FigureAxis.type
    public let unit = "attacks"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let counts = IncidentCategory.attackTypes.map { type in
            cube.count { $0.category == type && $0.party == .minusma && period.contains($0.year) }
        }
        return TypeShareFigure.result(
            self, period: period, counts: counts, seriesName: "attacks")
    }
}

/// The shape Figures 5 and 7 share: the four attack types, a count and a share each.
enum TypeShareFigure {
    static func result(
        _ figure: some FigureDefinition, period: Period, counts: [Int], seriesName: String
    ) -> FigureResult {
        let total = counts.reduce(0, +)
        let shares = counts.map { Tally.share($0, of: total) }
        let categories = IncidentCategory.attackTypes.map(\.rawValue)
        let labels = IncidentCategory.attackTypes.map(\.displayName)
        return FigureResult(
            id: figure.id, brief: figure.brief, reference: figure.reference, axis: figure.axis,
            unit: figure.unit, categories: categories,
            series: [Series(name: seriesName, counts: counts), Series(name: "share", kind: .share, values: shares)],
            chart: ChartSpec(
                kind: .horizontalBars, source: "",
                categories: labels,
                layers: [
                    .init(
                        colorKey: "neutral",
                        values: counts.map(Double.init)),
                    .init(colorKey: "share", values: shares),
                ],
                categoryColorKeys: categories))
    }
}
