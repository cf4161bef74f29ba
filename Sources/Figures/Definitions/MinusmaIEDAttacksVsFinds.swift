import BriefModel

/// Figure 9: IED attacks on MINUSMA against IED finds by MINUSMA, per year, with the finds' share.
public struct MinusmaIEDAttacksVsFinds: FigureDefinition {
    public init() {}
    public let id = "minusma-ied-attacks-vs-finds"
    public let brief = "Figure 9"
    public let axis = FigureAxis.year
    public let unit = "incidents"
    public let definition =
        "Each calendar year, the IED attacks on MINUSMA and the IEDs MINUSMA found before they went off; the share of finds is finds divided by attacks and finds together."

    public func title(_ period: Period) -> String { "IED attacks against MINUSMA and IEDs it found, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let attacks = cube.perYear(period) { $0.party == .minusma && $0.category == .ied }
        let counted = cube.perYear(period) { $0.party == .minusma && $0.category == .iedFind }
        // An export with no IED find at all does not record finds: they are unknown, not zero.
        let finds: [Int?] = IEDFinds.areRecorded(in: cube) ? counted : counted.map { _ in nil }
        let shares = zip(attacks, finds).map { attacks, finds in finds.flatMap { Tally.share($0, of: attacks + $0) } }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories,
            series: [
                Series(name: "ied_attacks", counts: attacks), Series(name: "ied_finds", counts: finds),
                Series(name: "finds_share", kind: .share, values: shares),
            ],
            chart: ChartSpec(
                kind: .groupedBars, title: title(period), subtitle: "MINUSMA IED incidents per year: attacks and finds",
                source: "", categories: categories,
                layers: [
                    .init(label: "IED attacks", colorKey: "ied_attacks", values: attacks.map(Double.init)),
                    .init(label: "IEDs found", colorKey: "ied_finds", values: finds.map { $0.map(Double.init) }),
                ],
                valueLabel: "Incidents"))
    }
}

/// Whether an incidents export records IED finds at all: one that has none, of any party in any
/// year, is taken not to record them (ACLED, or a database that keeps attacks only).
public enum IEDFinds {
    public static func areRecorded(in cube: IncidentCube) -> Bool { cube.contains { $0.category == .iedFind } }
}
