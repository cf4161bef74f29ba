import BriefModel

/// Box 7: the share of radio-controlled IEDs among IED incidents whose type is known.
public struct RCIEDSharePerYear: FigureDefinition {
    public init() {}
    public let id = "rcied-share-per-year"
    public let brief = "Box 7"
    public let axis = FigureAxis.year
    public let unit = "IED incidents"
    public let definition = "Per calendar year, incidents of category ied or ied_find (all parties) whose IED type is known; rcied = those of type RCIED; share = rcied / identified."

    public func title(_ period: Period) -> String { "Remote-controlled IEDs among identified IEDs, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let incidents = data.incidents else { return unavailable(period, .noIncidents) }
        let identified = incidents.filter(\.isIdentifiedIED)
        let all = Tally.perYear(identified, period: period, year: \.year)
        let rcied = Tally.perYear(identified.lazy.filter { $0.iedType == .rcied }, period: period, year: \.year)
        let shares = zip(rcied, all).map { Tally.share($0, of: $1) }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, axis: axis, unit: unit, definition: definition, categories: categories,
            series: [
                Series(name: "rcied", counts: rcied), Series(name: "identified", counts: all),
                Series(name: "share", kind: .share, values: shares),
            ],
            chart: ChartSpec(
                kind: .lineShare, title: title(period),
                subtitle: "RCIED share of IED attacks and finds whose type was identified, per year",
                source: Sources.missionDatabase, categories: categories,
                layers: [.init(label: "RCIED share", colorKey: "rcied", values: shares)],
                valueLabel: "Share of identified IEDs"))
    }
}
