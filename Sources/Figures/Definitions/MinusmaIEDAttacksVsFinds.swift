import BriefModel

/// Figure 9: IED attacks on MINUSMA against IED finds by MINUSMA, per year, with the finds' share.
public struct MinusmaIEDAttacksVsFinds: FigureDefinition {
    public init() {}
    public let id = "minusma-ied-attacks-vs-finds"
    public let brief = "Figure 9"
    public let axis = FigureAxis.year
    public let unit = "incidents"
    public let definition = "Per calendar year: IED attacks on MINUSMA; IED finds whose party (the finder) is MINUSMA; finds_share = finds / (attacks + finds)."

    public func title(_ period: Period) -> String { "IED attacks against MINUSMA and IEDs it found, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let incidents = data.incidents else { return unavailable(period, .noIncidents) }
        let minusma = incidents.filter { $0.party == .minusma }
        let attacks = Tally.perYear(minusma.lazy.filter { $0.category == .ied }, period: period, year: \.year)
        let finds = Tally.perYear(minusma.lazy.filter { $0.category == .iedFind }, period: period, year: \.year)
        let shares = zip(attacks, finds).map { Tally.share($1, of: $0 + $1) }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, axis: axis, unit: unit, definition: definition, categories: categories,
            series: [
                Series(name: "ied_attacks", counts: attacks), Series(name: "ied_finds", counts: finds),
                Series(name: "finds_share", kind: .share, values: shares),
            ],
            chart: ChartSpec(
                kind: .groupedBars, title: title(period), subtitle: "MINUSMA IED incidents per year: attacks and finds",
                source: Sources.missionDatabase, categories: categories,
                layers: [
                    .init(label: "IED attacks", colorKey: "ied_attacks", values: attacks.map(Double.init)),
                    .init(label: "IEDs found", colorKey: "ied_finds", values: finds.map(Double.init)),
                ],
                valueLabel: "Incidents"))
    }
}
