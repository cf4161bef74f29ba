import BriefModel

/// The UN's official count of the mission's peacekeeper deaths per year by type of incident
/// (public-data.md), shown beside Figure 8: the official count against the mission database's.
public struct UNFatalitiesPerYear: FigureDefinition {
    public init() {}
    public let id = "un-fatalities-per-year"
    public let brief = "Figure 8a"
    public let axis = FigureAxis.year
    public let unit = "fatalities"
    public let inputs: [ExportKind] = [.unFatalities]
    public let reference = "beside Figure 8"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let deaths = data.unFatalities else {
            return unavailable(period, .noUNFatalities)
        }
        var series = UNIncidentType.allCases.map { type in
            Series(
                name: type.rawValue,
                counts: Tally.perYear(
                    deaths.lazy.filter { $0.incidentType == type },
                    period: period, year: \.date.year))
        }
        let layers = UNIncidentType.allCases.enumerated().map { i, type in
            ChartSpec.Layer(colorKey: type == .other ? "other_un" : type.rawValue, values: series[i].values)
        }
        series.append(Series(name: "total", counts: Tally.perYear(deaths, period: period, year: \.date.year)))
        let categories = yearCategories(period)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars,
                source: "",
                categories: categories, layers: layers))
    }
}
