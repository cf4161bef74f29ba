import BriefModel

/// Figure 2: people killed and injured in attacks per year (assailants excluded), with civilians killed.
public struct VictimsPerYear: FigureDefinition {
    public init() {}
    public let id = "victims-per-year"
    public let brief = "Figure 2"
    public let axis = FigureAxis.year
    public let unit = "people"
    public let definition = "Victims of attacks per calendar year: everyone killed or injured except assailants; killed_civilians is the civilians among the killed. Unknown counts are summed as zero."

    public func title(_ period: Period) -> String { "People killed and injured in extremist attacks, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let incidents = data.incidents else { return unavailable(period, .noIncidents) }
        let attacks = incidents.filter(\.isAttack)
        let killed = Tally.perYear(attacks, period: period, year: \.year) { $0.casualties.victimsKilled }
        let injured = Tally.perYear(attacks, period: period, year: \.year) { $0.casualties.victimsInjured }
        let civilians = Tally.perYear(attacks, period: period, year: \.year) { $0.casualties.civilians.killed.value }
        let series = [
            Series(name: "killed", counts: killed), Series(name: "injured", counts: injured),
            Series(name: "killed_civilians", counts: civilians),
        ]
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, axis: axis, unit: unit, definition: definition, categories: categories, series: series,
            chart: ChartSpec(
                kind: .groupedBars, title: title(period),
                subtitle: "Victims of attacks per year (assailants not counted)", source: Sources.missionDatabase,
                categories: categories,
                layers: [
                    .init(label: "Killed", colorKey: "killed", values: series[0].values),
                    .init(label: "of whom civilians", colorKey: "killed_civilians", values: series[2].values),
                    .init(label: "Injured", colorKey: "injured", values: series[1].values),
                ],
                valueLabel: "People"))
    }
}
