import BriefModel

/// Box 9: the share of recovered materiel produced after the cutoff year, per year of recovery.
public struct PostCutoffSharePerYear: MonitoringFigure {
    public init() {}
    public let id = "post-cutoff-share-per-year"
    public let brief = "Figure 9c"
    public let reference = "Box 9"
    public let axis = FigureAxis.year
    public let unit = "records"

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        let counts = flow.postCutoff
        guard flow.arms != nil || flow.ammunition != nil else { return noMateriel(period) }
        var series: [Series] = []
        for kind in MaterielKind.allCases {
            guard
                let years = counts.byKind[kind] ?? (read(kind, flow) ? Array(repeating: .init(), count: period.years.count) : nil)
            else { continue }
            series.append(Series(name: "\(kind.rawValue)_dated", counts: years.map(\.dated)))
            series.append(Series(name: "\(kind.rawValue)_post_cutoff", counts: years.map(\.postCutoff)))
            series.append(Series(name: "\(kind.rawValue)_undated", counts: years.map(\.undated)))
            series.append(Series(name: "\(kind.rawValue)_share", kind: .share, values: years.map(\.share)))
        }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .lineShare, source: "", categories: categories,
                layers: kindLayers(flow) { kind in counts.byKind[kind]?.map(\.share) }))
    }

    private func read(_ kind: MaterielKind, _ flow: ArmsFlow) -> Bool {
        kind == .arms ? flow.arms != nil : flow.ammunition != nil
    }
}
