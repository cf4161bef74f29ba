import BriefModel

/// Box 3: for each calibre or category of heavy materiel, how many producing countries and
/// production years it comes from, and in how many regions it was found.
public struct HeavyMaterielSpecificity: MonitoringFigure {
    public init() {}
    public let id = "heavy-materiel-specificity"
    public let brief = "Figure 9d"
    public let reference = "Box 3"
    public let axis = FigureAxis.materiel
    public let unit = "sources"
    public let inputs: [ExportKind] = [.arms]

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard let groups = flow.specificity else {
            return unavailable(period, .noArms)
        }
        let categories = groups.map(\.label)
        let countries = groups.map(\.sources.count), years = groups.map(\.years.count), regions = groups.map(\.regions.count)
        // Three unlike counts (countries, years, regions): each in a panel of its own.
        var chart = ChartSpec(
            kind: .groupedHorizontalBars, source: "", categories: categories,
            layers: [
                .init(colorKey: "countries", values: countries.map(Double.init)),
                .init(colorKey: "production_years", values: years.map(Double.init)),
                .init(colorKey: "regions", values: regions.map(Double.init)),
            ])
        chart.panels = true
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories,
            series: [
                Series(name: "records", counts: groups.map(\.records)), Series(name: "items", counts: groups.map(\.items)),
                Series(name: "countries", counts: countries), Series(name: "production_years", counts: years),
                Series(name: "regions", counts: regions),
                Series(name: "unknown_country", counts: groups.map(\.unknownCountry)),
                Series(name: "unknown_year", counts: groups.map(\.unknownYear)),
            ],
            chart: chart)
    }
}
