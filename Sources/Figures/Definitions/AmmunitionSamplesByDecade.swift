import BriefModel

/// Figure 3: distinct ammunition samples of calibre 7.62 to 14.5 mm by decade of production.
public struct AmmunitionSamplesByDecade: FigureDefinition {
    public init() {}
    public let id = "ammunition-samples-by-decade"
    public let brief = "Figure 3"
    public let axis = FigureAxis.decade
    public let unit = "samples"
    public let inputs: [ExportKind] = [.ammunition]

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
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories,
            series: [Series(name: "samples", counts: counts)],
            chart: ChartSpec(
                kind: .bars, source: "", categories: categories,
                layers: [.init(colorKey: "neutral", values: counts.map(Double.init))]))
    }
}
