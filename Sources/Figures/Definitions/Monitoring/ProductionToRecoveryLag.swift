import BriefModel

/// §3.3: how long after production materiel was first recovered, in bands of years.
public struct ProductionToRecoveryLag: MonitoringFigure {
    public init() {}
    public let id = "production-to-recovery-lag"
    public let brief = "Figure 9b"
    public let reference = "§3.3"
    public let axis = FigureAxis.lag
    public let unit = "items"
    public let definition =
        "Years from the year of production to the year of first recovery, for each arms item (category, model, calibre, country and year) and each ammunition sample. Items whose production year is not recorded have no lag and are left out, as are items recorded as recovered before the year they were made."

    public func title(_ period: Period) -> String {
        "Years from production to first recovery, materiel recovered up to \(period.to)"
    }

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard flow.arms != nil || flow.ammunition != nil else { return noMateriel(period) }
        let arms = flow.arms.map(LagBands.counts), ammunition = flow.ammunition.map(LagBands.counts)
        var series: [Series] = []
        if let arms { series.append(Series(name: "arms_items", counts: arms)) }
        if let ammunition { series.append(Series(name: "ammunition_samples", counts: ammunition)) }
        let categories = LagBands.bands.map(\.label)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .groupedBars, title: title(period),
                subtitle: "Arms items and ammunition samples by years between production and first recovery",
                source: "", categories: categories.map { "\($0) years" },
                layers: kindLayers(flow) { kind in (kind == .arms ? arms : ammunition)?.map(Double.init) },
                valueLabel: "Items"))
    }
}
