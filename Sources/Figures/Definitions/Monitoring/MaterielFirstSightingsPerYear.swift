import BriefModel

/// Box 4: materiel never recorded before, per year of its first recovery.
public struct MaterielFirstSightingsPerYear: MonitoringFigure {
    public init() {}
    public let id = "materiel-first-sightings-per-year"
    public let brief = "Figure 9a"
    public let reference = "Box 4"
    public let axis = FigureAxis.year
    public let unit = "first sightings"
    public let definition =
        "Each year, the kinds of materiel recovered that year for the first time in the data: arms types (category, model and calibre) and ammunition samples (calibre, producer and year of production). Records from before the period count as earlier sightings; in the first year the data covers, everything is new."

    public func title(_ period: Period) -> String { "Materiel recorded for the first time, by year, \(period)" }

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        let period = flow.period
        guard flow.armsTypes != nil || flow.ammunition != nil else { return noMateriel(period) }
        let types = flow.armsTypes.map { perYear($0, period) }
        let samples = flow.ammunition.map { perYear($0, period) }
        let categories = yearCategories(period)
        var series: [Series] = []
        if let types { series.append(Series(name: "arms_types", counts: types)) }
        if let samples { series.append(Series(name: "ammunition_samples", counts: samples)) }
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .groupedBars, title: title(period), subtitle: "Arms types and ammunition samples first recovered each year",
                source: "", categories: categories,
                layers: kindLayers(flow) { kind in (kind == .arms ? types : samples)?.map(Double.init) },
                valueLabel: "First sightings"))
    }

    private func perYear(_ items: [TrackedItem], _ period: Period) -> [Int] {
        var counts = Array(repeating: 0, count: period.years.count)
        for item in items where period.contains(item.sightings.first.year) {
            counts[item.sightings.first.year - period.from] += 1
        }
        return counts
    }
}
