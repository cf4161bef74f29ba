import BriefModel

/// §3.3: the samples of Figure 3 by producing country, largest first.
public struct AmmunitionSamplesByCountry: FigureDefinition {
    public init() {}
    public let id = "ammunition-samples-by-country"
    public let brief = "Figure 3a"
    public let axis = FigureAxis.country
    public let unit = "samples"
    public let inputs: [ExportKind] = [.ammunition]
    public let reference = "§3.3"

    /// How many countries the chart names; the rest are drawn as one "N other countries" bar.
    static let namedInChart = 10

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let records = data.ammunitionColumns else { return unavailable(period, .noAmmunition) }
        let samples = AmmunitionSamples.inPeriod(records, period: period)
        var counts: [String: Int] = [:]
        for entry in samples { if let country = entry.country { counts[country.name, default: 0] += 1 } }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let shares = ranked.map { Tally.share($0.value, of: samples.count) }
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: ranked.map(\.key),
            series: [
                Series(name: "samples", counts: ranked.map(\.value)),
                Series(name: "share", kind: .share, values: shares),
            ],
            chart: chart(ranked, total: samples.count, period: period))
    }

    private func chart(_ ranked: [(key: String, value: Int)], total: Int, period: Period) -> ChartSpec {
        var named = Array(ranked.prefix(Self.namedInChart))
        let rest = ranked.dropFirst(Self.namedInChart)
        if !rest.isEmpty { named.append(("\(rest.count) other countries", rest.reduce(0) { $0 + $1.value })) }
        return ChartSpec(
            kind: .horizontalBars, source: "", categories: named.map(\.key),
            layers: [
                .init(colorKey: "neutral", values: named.map { Double($0.value) }),
                .init(colorKey: "share", values: named.map { Tally.share($0.value, of: total) }),
            ], categoryColorKeys: named.indices.map { $0 < Self.namedInChart ? "neutral" : "other" })
    }
}
