import BriefModel

/// Figure 3: distinct ammunition samples of calibre 7.62 to 14.5 mm by decade of production.
public struct AmmunitionSamplesByDecade: FigureDefinition {
    public init() {}
    public let id = "ammunition-samples-by-decade"
    public let brief = "Figure 3"
    public let axis = FigureAxis.decade
    public let unit = "samples"
    public let definition = "Distinct ammunition samples (calibre, producer — or the country where the producer is blank — and year of production) of cartridge calibres 7.62 to 14.5 mm with at least one record recovered in the period, by decade of production."

    public func title(_ period: Period) -> String { "Ammunition samples by decade of production, recovered \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let records = data.ammunition else { return unavailable(period, .noAmmunition) }
        let samples = AmmunitionSamples.inPeriod(records, period: period)
        let decades = samples.map { $0.sample.year / 10 * 10 }
        var categories: [String] = []
        var counts: [Int] = []
        if let first = decades.min(), let last = decades.max() {
            for decade in stride(from: first, through: last, by: 10) {
                categories.append("\(decade)s")
                counts.append(decades.filter { $0 == decade }.count)
            }
        }
        return FigureResult(
            id: id, title: title(period), brief: brief, axis: axis, unit: unit, definition: definition, categories: categories,
            series: [Series(name: "samples", counts: counts)],
            chart: ChartSpec(
                kind: .bars, title: title(period),
                subtitle: "Distinct samples of 7.62–14.5 mm cartridges (calibre, producer, year), by decade of production",
                source: Sources.missionDatabase, categories: categories,
                layers: [.init(label: "Samples", colorKey: "samples", values: counts.map(Double.init))],
                valueLabel: "Samples"))
    }
}
