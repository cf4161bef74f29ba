import BriefModel

/// Figure 9: IED attacks on MINUSMA against IED finds by MINUSMA, per year, with the finds' share.
public struct MinusmaIEDAttacksVsFinds: FigureDefinition {
    public init() {}
    public let id = "minusma-ied-attacks-vs-finds"
    public let brief = "Figure 9"
    public let axis = FigureAxis.year
    public let unit = "incidents"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let attacks = cube.perYear(period) { $0.party == .minusma && $0.category == .ied }
        let counted = cube.perYear(period) { $0.party == .minusma && $0.category == .iedFind }
        // An export with no IED find at all does not record finds: they are unknown, not zero.
        let finds: [Int?] = IEDFinds.areRecorded(in: cube) ? counted : counted.map { _ in nil }
        let shares = zip(attacks, finds).map { attacks, finds in finds.flatMap { Tally.share($0, of: attacks + $0) } }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories,
            series: [
                Series(name: "ied_attacks", counts: attacks), Series(name: "ied_finds", counts: finds),
                Series(name: "finds_share", kind: .share, values: shares),
            ],
            chart: ChartSpec(
                kind: .groupedBars, source: "", categories: categories,
                layers: [
                    .init(colorKey: "ied_attacks", values: attacks.map(Double.init)),
                    .init(colorKey: "ied_finds", values: finds.map { $0.map(Double.init) }),
                ]))
    }
}

/// Whether an incidents export records IED finds at all: one that has none, of any party in any
/// year, is taken not to record them (ACLED, or a database that keeps attacks only).
public enum IEDFinds {
    public static func areRecorded(in cube: IncidentCube) -> Bool { cube.contains { $0.category == .iedFind } }
}
