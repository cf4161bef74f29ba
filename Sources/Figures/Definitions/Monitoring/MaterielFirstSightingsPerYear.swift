import BriefModel

/// Box 4: materiel never recorded before, per year of its first recovery.
public struct MaterielFirstSightingsPerYear: MonitoringFigure {
    public init() {}
    public let id = "materiel-first-sightings-per-year"
    public let brief = "Figure 9a"
    public let reference = "Box 4"
    public let axis = FigureAxis.year
    public let unit = "first sightings"

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard flow.armsTypes != nil || flow.ammunition != nil else { return noMateriel(period) }
        let types = flow.armsTypes.map { perYear($0, period) }
        let samples = flow.ammunition.map { perYear($0, period) }
        let categories = yearCategories(period)
        var series: [Series] = []
        if let types { series.append(Series(name: "arms_types", counts: types)) }
        if let samples { series.append(Series(name: "ammunition_samples", counts: samples)) }
        // Arms types number in ones, ammunition samples in tens: each kind in a panel on its own scale.
        var chart = ChartSpec(
            kind: .groupedBars, source: "", categories: categories,
            layers: kindLayers(flow) { kind in (kind == .arms ? types : samples)?.map(Double.init) })
        chart.panels = true
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: chart)
    }

    private func perYear(_ items: [TrackedItem], _ period: Period) -> [Int] {
        var counts = Array(repeating: 0, count: period.years.count)
        for item in items where period.contains(item.sightings.first.year) {
            counts[item.sightings.first.year - period.from] += 1
        }
        return counts
    }
}
