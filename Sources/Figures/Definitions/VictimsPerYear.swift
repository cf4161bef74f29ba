import BriefModel

/// Figure 2: people killed and injured in attacks per year (assailants excluded), with civilians killed.
public struct VictimsPerYear: FigureDefinition {
    public init() {}
    public let id = "victims-per-year"
    public let brief = "Figure 2"
    public let axis = FigureAxis.year
    public let unit = "people"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        let killed = cube.perYear(period, \.victimsKilled, where: \.isAttack)
        // Unknown is not zero: ACLED, for one, records no injured at all.
        let injured = Tally.perYearKnown(
            cube, period: period, sum: \.victimsInjured, known: \.victimsInjuredKnown,
            where: \.isAttack)
        let injuredRecorded = injured.contains { $0 != nil }
        let civilians = Tally.perYearKnown(
            cube, period: period, sum: \.civiliansKilled, known: \.civiliansKilledKnown,
            where: \.isAttack)
        let series = [
            Series(name: "killed", counts: killed), Series(name: "injured", counts: injured),
            Series(name: "killed_civilians", counts: civilians),
        ]
        var layers: [ChartSpec.Layer] = [.init(colorKey: "killed", values: series[0].values)]
        if injuredRecorded { layers.append(.init(colorKey: "injured", values: series[1].values)) }
        // Civilians are some of the killed, so they are drawn inside the "Killed" bar, never as a bar of their own.
        if civilians.contains(where: { $0 != nil }) {
            layers.append(
                .init(
                    colorKey: "killed_civilians", values: series[2].values,
                    nestedIn: "killed"))
        }
        let categories = yearCategories(period)
        var result = FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .groupedBars, source: "",
                categories: categories, layers: layers))
        // ACLED's fatalities include the attackers; data without injured promises none.
        if data.incidentsFromACLED {
            result.textVariant = "acled"
        } else if !injuredRecorded {
            result.textVariant = "killed_only"
        }
        return result
    }
}
