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
    public let definition =
        "For each calibre or category of heavy materiel (rockets, mortar rounds, anti-vehicle mines, RPG rounds, grenades) recovered up to the end of the period: its records and items, and how many distinct producing countries, production years and regions of recovery they show. Records without a country or a year are counted apart, not as another source."

    public func title(_ period: Period) -> String {
        "Heavy materiel: producing countries, production years and regions, up to \(period.to)"
    }

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard let groups = flow.specificity else {
            return unavailable(period, Unavailable(reason: "no arms export configured"))
        }
        let categories = groups.map(\.label)
        let countries = groups.map(\.sources.count), years = groups.map(\.years.count), regions = groups.map(\.regions.count)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories,
            series: [
                Series(name: "records", counts: groups.map(\.records)), Series(name: "items", counts: groups.map(\.items)),
                Series(name: "countries", counts: countries), Series(name: "production_years", counts: years),
                Series(name: "regions", counts: regions),
                Series(name: "unknown_country", counts: groups.map(\.unknownCountry)),
                Series(name: "unknown_year", counts: groups.map(\.unknownYear)),
            ],
            chart: ChartSpec(
                kind: .groupedHorizontalBars, title: title(period),
                subtitle: "Distinct producing countries, production years and regions of recovery per kind of heavy materiel",
                source: "", categories: categories,
                layers: [
                    .init(label: "Producing countries", colorKey: "countries", values: countries.map(Double.init)),
                    .init(label: "Production years", colorKey: "production_years", values: years.map(Double.init)),
                    .init(label: "Regions", colorKey: "regions", values: regions.map(Double.init)),
                ],
                valueLabel: "Distinct values"))
    }
}
