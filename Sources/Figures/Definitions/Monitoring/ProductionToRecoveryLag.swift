import BriefModel

/// §3.3: how long after production materiel was first recovered, in bands of years.
public struct ProductionToRecoveryLag: MonitoringFigure {
    public init() {}
    public let id = "production-to-recovery-lag"
    public let brief = "Figure 9b"
    public let reference = "§3.3"
    public let axis = FigureAxis.lag
    public let unit = "items"

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard flow.arms != nil || flow.ammunition != nil else { return noMateriel(period) }
        let arms = flow.arms.map(LagBands.counts), ammunition = flow.ammunition.map(LagBands.counts)
        var series: [Series] = []
        if let arms { series.append(Series(name: "arms_items", counts: arms)) }
        if let ammunition { series.append(Series(name: "ammunition_samples", counts: ammunition)) }
        let categories = LagBands.bands.map(\.label)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .groupedBars, source: "", categories: categories.map { "\($0) years" },
                layers: kindLayers(flow) { kind in (kind == .arms ? arms : ammunition)?.map(Double.init) }))
    }
}
