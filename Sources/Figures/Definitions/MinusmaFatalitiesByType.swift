import BriefModel

/// Figure 7: MINUSMA fatalities over the period by attack category, with shares.
public struct MinusmaFatalitiesByType: FigureDefinition {
    public init() {}
    public let id = "minusma-fatalities-by-type"
    public let brief = "Figure 7"
    public let axis = FigureAxis.type
    public let unit = "fatalities"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        let cube: IncidentCube
        switch MinusmaFatalities.attacks(in: data) {
        case .success(let found): cube = found
        case .failure(let missing): return unavailable(period, missing)
        }
        let counts = IncidentCategory.attackTypes.map { type in
            cube.total(\.unKilled) { $0.isAttackOnMINUSMA && $0.category == type && period.contains($0.year) }
        }
        return TypeShareFigure.result(
            self, period: period, counts: counts, seriesName: "fatalities")
    }
}

/// What Figures 7 and 8 share: the attacks on MINUSMA, or why their fatalities cannot be counted.
enum MinusmaFatalities {
    /// The incidents' cube, whose attacks on MINUSMA the two figures read.
    static func attacks(in data: Dataset) -> Result<IncidentCube, Unavailable> {
        guard let cube = data.incidentCube else { return .failure(.noIncidents) }
        let attacks = cube.count(where: \.isAttackOnMINUSMA)
        // Unknown is not zero (public-data.md): with no known UN casualty count at all, e.g. from an
        // ACLED export, the figures are unavailable rather than a chart of zeros.
        let allUnknown = attacks > 0 && cube.total(\.unKilledUnknown, where: \.isAttackOnMINUSMA) == attacks
        return allUnknown
            ? .failure(.noMinusmaCasualties)
            : .success(cube)
    }
}
