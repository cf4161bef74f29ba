import BriefModel

/// Figure 3: distinct ammunition samples of calibre 7.62 to 14.5 mm by decade of production.
public struct AmmunitionSamplesByDecade: FigureDefinition {
    public init() {}
    public let id = "ammunition-samples-by-decade"
    public let brief = "Figure 3"
    public let axis = FigureAxis.decade
    public let unit = "samples"
    public let definition =
        "A sample is one kind of cartridge: the same calibre, made by the same producer (or in the same country when the producer is not recorded) in the same year. The figure counts the samples of cartridges from 7.62 mm to 14.5 mm across (5.56 mm is left out) recovered at least once in the period, by the decade they were made."
    public let inputs: [ExportKind] = [.ammunition]

    public func title(_ period: Period) -> String { "Ammunition samples by decade of production, recovered \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let records = data.ammunitionColumns else { return unavailable(period, .noAmmunition) }
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
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories,
            series: [Series(name: "samples", counts: counts)],
            chart: ChartSpec(
                kind: .bars, title: title(period),
                subtitle: "Distinct samples of 7.62–14.5 mm cartridges (calibre, producer, year), by decade of production",
                source: "", categories: categories,
                layers: [.init(label: "Samples", colorKey: "neutral", values: counts.map(Double.init))],
                valueLabel: "Samples"))
    }
}
