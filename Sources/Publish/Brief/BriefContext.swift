import BriefModel
import Foundation

/// Everything the brief template can say, as text ready for prose: numbers with thousands
/// separators, shares as whole percentages, and flags for sections whose inputs are absent.
public struct BriefInputs: Sendable {
    public var figures: [FigureResult]
    public var headline: HeadlineStatistics
    public var quality: [ExportQuality]
    public var period: Period
    public var document: DocumentInfo
    /// The date printed on the brief: `Published …` from SOURCE_DATE_EPOCH, else `Data as of …`.
    public var dateLine: String
    /// The PDF's creation date in `2024-01-31T00:00:00Z` form, from the same day.
    public var pdfDate: String
    public var isSyntheticDemo: Bool
    public var incidentsFromACLED = false
    /// What moved since the previous report; nil on a first build.
    public var changes: ReportChanges?

    public init(
        figures: [FigureResult], headline: HeadlineStatistics, quality: [ExportQuality], period: Period,
        document: DocumentInfo, dateLine: String, pdfDate: String, isSyntheticDemo: Bool
    ) {
        self.figures = figures
        self.headline = headline
        self.quality = quality
        self.period = period
        self.document = document
        self.dateLine = dateLine
        self.pdfDate = pdfDate
        self.isSyntheticDemo = isSyntheticDemo
    }

    public func with(changes: ReportChanges?) -> BriefInputs {
        var copy = self
        copy.changes = changes
        return copy
    }

    public func figure(_ id: String) -> FigureResult? { figures.first { $0.id == id && $0.isAvailable } }
}

enum BriefContext {
    static func make(_ inputs: BriefInputs) -> [String: Any] {
        var context: [String: Any] = [
            "title": escape(inputs.document.title), "subtitle": escape(inputs.document.subject),
            "author": escape(inputs.document.author), "period": inputs.period.description,
            "first_year": String(inputs.period.from), "last_year": String(inputs.period.to),
            "last_four_from": String(max(inputs.period.from, inputs.period.to - 3)),
            "date_line": escape(inputs.dateLine), "synthetic": inputs.isSyntheticDemo,
            "has_changes": inputs.changes != nil,
        ]
        for (key, value) in inputs.headline.values {
            switch value {
            case .count(let n): context[key] = NumberText.count(n)
            case .fraction(let x): context[key + "_pct"] = x.map { String(Int(($0 * 100).rounded())) } ?? "–"
            case .number(let x): context[key] = x.map { NumberText.count(Int($0.rounded())) } ?? "–"
            }
        }
        context["has_incidents"] = inputs.figure("attacks-per-year") != nil
        context["has_ammunition"] = inputs.figure("ammunition-samples-by-decade") != nil
        context["has_fatalities"] = inputs.figure("minusma-fatalities-by-type") != nil
        context["acled"] = inputs.incidentsFromACLED
        if let un = inputs.figure("un-fatalities-per-year") {
            func total(_ name: String) -> String {
                NumberText.count(Int(un.series(named: name)?.values.reduce(0) { $0 + ($1 ?? 0) } ?? 0))
            }
            context["has_un_fatalities"] = true
            context["un_malicious_total"] = total("malicious_act")
            context["un_total"] = total("total")
        }
        if let types = inputs.figure("minusma-attack-types") { context.merge(typeShares(types, "attacks")) { $1 } }
        if let types = inputs.figure("minusma-fatalities-by-type") { context.merge(typeShares(types, "fatalities")) { $1 } }
        if let perYear = inputs.figure("minusma-fatalities-per-year") { context["fatalities_peak"] = peak(perYear) }
        return context
    }

    /// `attacks_ied`, `attacks_ied_pct` … for each attack type.
    private static func typeShares(_ figure: FigureResult, _ prefix: String) -> [String: Any] {
        var result: [String: Any] = [:]
        let counts = figure.series[0].values, shares = figure.series[1].values
        for (i, type) in figure.categories.enumerated() {
            result["\(prefix)_\(type)"] = NumberText.count(Int(counts[i] ?? 0))
            result["\(prefix)_\(type)_pct"] = shares[i].map { String(Int(($0 * 100).rounded())) } ?? "–"
        }
        return result
    }

    /// The year with most MINUSMA fatalities, and the attack type that made most of them.
    private static func peak(_ figure: FigureResult) -> [String: String] {
        guard let total = figure.series(named: "total"), let i = total.values.indices.max(by: {
            (total.values[$0] ?? 0) < (total.values[$1] ?? 0)
        }) else { return [:] }
        let types = figure.series.filter { $0.name != "total" }
        let top = types.max { ($0.values[i] ?? 0) < ($1.values[i] ?? 0) }
        let display = IncidentCategory(rawValue: top?.name ?? "")?.displayName ?? ""
        let name = display == "IED" ? display : display.lowercased()
        return ["year": figure.categories[i], "total": NumberText.count(Int(total.values[i] ?? 0)), "type": name,
            "type_count": NumberText.count(Int(top?.values[i] ?? 0))]
    }

    /// Text from configuration or data goes into Pango markup: escape its special characters.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
