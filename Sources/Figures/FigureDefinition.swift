import BriefModel

/// One figure of the brief: who it is, and how its numbers are computed from the data.
/// Each definition lives in its own file under `Definitions/` and is listed in `FigureRegistry`.
public protocol FigureDefinition: Sendable {
    var id: String { get }
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
    func compute(_ data: Dataset, period: Period) -> FigureResult
}

extension FigureDefinition {
    public var reference: String { brief }
    public var inputs: [ExportKind] { [.incidents] }

    /// A result that says why the figure could not be computed, with no chart of zeros.
    func unavailable(_ period: Period, _ missing: Unavailable) -> FigureResult {
        let reason = missing.text.key
        var result = FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: [], series: [],
            chart: ChartSpec(kind: .bars, source: "", categories: [], layers: []), unavailableReason: reason)
        result.unavailableKey = missing.text
        return result
    }

    /// The category labels of a per-year figure: every year of the period.
    func yearCategories(_ period: Period) -> [String] { period.years.map(String.init) }
}

/// Why a figure cannot be computed, as a sentence of the vocabulary (`reasons.<key>`): the edition
/// words it, and figures.json and the data table print it. No words here: they are the vocabulary's.
struct Unavailable: Error {
    let text: ReasonText

    init(_ key: String) { text = ReasonText(key: "reasons.\(key)") }

    static let noIncidents = Unavailable("no_incidents")
    static let noAmmunition = Unavailable("no_ammunition")
    static let noArms = Unavailable("no_arms")
    static let noMateriel = Unavailable("no_materiel")
    static let noUNFatalities = Unavailable("no_un_fatalities")
    static let noMinusmaCasualties = Unavailable("no_minusma_casualties")
    static let acledInitiation = Unavailable("acled_initiation")
    static let noInitiation = Unavailable("no_initiation")
}
