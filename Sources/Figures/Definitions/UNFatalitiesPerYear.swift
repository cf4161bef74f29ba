import BriefModel

/// The UN's official count of the mission's peacekeeper deaths per year by type of incident
/// (public-data.md), shown beside Figure 8: the official count against the mission database's.
public struct UNFatalitiesPerYear: FigureDefinition {
    public init() {}
    public let id = "un-fatalities-per-year"
    public let brief = "Figure 8a"
    public let axis = FigureAxis.year
    public let unit = "fatalities"
    public let definition =
        "The United Nations' own count of the mission's personnel who died, each calendar year of the incident, by the UN's type of incident: malicious act, accident, illness, self-inflicted, and other (to be determined, unknown and the rest). One record is one person."
    public let inputs: [ExportKind] = [.unFatalities]
    public let reference = "beside Figure 8"

    static let names = ["Malicious act", "Accident", "Illness", "Self-inflicted", "Other or undetermined"]

    public func title(_ period: Period) -> String { "Peacekeeper fatalities by type of incident, UN count, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let deaths = data.unFatalities else {
            return unavailable(period, Unavailable(reason: "no UN fatalities input configured (inputs.un_fatalities)"))
        }
        var series = UNIncidentType.allCases.map { type in
            Series(
                name: type.rawValue,
                counts: Tally.perYear(
                    deaths.lazy.filter { $0.incidentType == type },
                    period: period, year: \.date.year))
        }
        let layers = zip(UNIncidentType.allCases, Self.names).enumerated().map { i, pair in
            ChartSpec.Layer(label: pair.1, colorKey: pair.0 == .other ? "other_un" : pair.0.rawValue, values: series[i].values)
        }
        series.append(Series(name: "total", counts: Tally.perYear(deaths, period: period, year: \.date.year)))
        let categories = yearCategories(period)
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit, definition: definition,
            categories: categories, series: series,
            chart: ChartSpec(
                kind: .stackedBars, title: title(period),
                subtitle: "Peacekeepers who died per year, by type of incident (\(deaths.first?.mission ?? "mission"))",
                source: "",
                categories: categories, layers: layers, valueLabel: "Fatalities"))
    }
}
