import BriefModel

/// One figure of the brief: who it is, and how its numbers are computed from the data.
/// Each definition lives in its own file under `Definitions/` and is listed in `FigureRegistry`.
public protocol FigureDefinition: Sendable {
    var id: String { get }
    /// The title, with the period filled in (`…, 2014–2022`).
    func title(_ period: Period) -> String
    /// Its number in our documents (`Figure 4`, `Box 7`, `Figure 3a`): a chart that reproduces a
    /// figure of the reference brief carries that figure's number; others take a letter after the
    /// figure they follow, so that no number means two different charts.
    var brief: String { get }
    /// Where it stands in the reference brief (`Figure 4`, `§3.3`); the number itself by default.
    var reference: String { get }
    /// The inputs it is computed from, so that its source line names exactly those.
    var inputs: [ExportKind] { get }
    var axis: FigureAxis { get }
    /// What is counted, for subtitles and the method note (`attacks`, `fatalities`).
    var unit: String { get }
    /// The definition in words, from figures.md, for the method note.
    var definition: String { get }
    func compute(_ data: Dataset, period: Period) -> FigureResult
}

extension FigureDefinition {
    public var reference: String { brief }
    public var inputs: [ExportKind] { [.incidents] }

    /// A result that says why the figure could not be computed, with no chart of zeros.
    func unavailable(_ period: Period, _ missing: Unavailable) -> FigureResult {
        let reason = missing.reason
        return FigureResult(
            id: id, title: title(period), brief: brief, reference: reference, axis: axis, unit: unit,
            definition: definition, categories: [], series: [],
            chart: ChartSpec(
                kind: .bars, title: title(period), subtitle: reason, source: "",
                categories: [], layers: [], valueLabel: unit),
            unavailableReason: reason)
    }

    /// The category labels of a per-year figure: every year of the period.
    func yearCategories(_ period: Period) -> [String] { period.years.map(String.init) }
}

/// Why a figure cannot be computed; the reason is printed in figures.json and the data table.
struct Unavailable: Error {
    let reason: String

    static let noIncidents = Unavailable(reason: "no incidents export configured")
    static let noAmmunition = Unavailable(reason: "no ammunition export configured")
}
