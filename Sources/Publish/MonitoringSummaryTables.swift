import BriefModel
import Figures
import Localization

/// The monitoring section's tables as plain text in the edition's language, for the brief (which
/// escapes them for Pango) and the web page (which Mustache escapes): the items that matter most,
/// the first sightings of the period's last year, and the specificity of heavy materiel.
public struct MonitoringSummaryTable: Sendable {
    public var id: String
    public var caption: String
    /// The data tables the rows come from (the tracker lists arms and ammunition samples: two files).
    public var paths: [String]
    public var columns: [(title: String, width: Double, numeric: Bool)]
    public var rows: [[String]]
    /// What the page sorts each cell by where its text would sort wrongly (a date in words: its
    /// yyyymmdd); nil to sort by the text.
    public var sortKeys: [[String?]] = []

    public static func all(_ facts: MonitoringFacts, language: Language) throws(LanguageError) -> [MonitoringSummaryTable] {
        let say = MonitoringWords(language: language)
        return [try tracker(facts, say), try firstSightings(facts, say), try specificity(facts, say)].compactMap { $0 }
    }

    /// A date as a number that sorts as the date does (`20140127`).
    static func sortKey(_ date: CivilDate) -> String { String(date.year * 10_000 + date.month * 100 + date.day) }

    static func columns(
        _ key: String, _ widths: [Double], numeric: Set<Int> = [], _ say: MonitoringWords
    ) throws(LanguageError)
        -> [(title: String, width: Double, numeric: Bool)]
    {
        var out: [(title: String, width: Double, numeric: Bool)] = []
        for (i, width) in widths.enumerated() {
            out.append((try say.language.text("monitoring.tables.\(key).columns.c\(i + 1)"), width, numeric.contains(i)))
        }
        return out
    }

    static func tracker(_ facts: MonitoringFacts, _ say: MonitoringWords) throws(LanguageError) -> Self? {
        guard !facts.notable.isEmpty else { return nil }
        let text = { (key: String) throws(LanguageError) -> String in try say.language.text("monitoring.tables.tracker.\(key)") }
        var rows: [[String]] = [], keys: [[String?]] = []
        for entry in facts.notable {
            let s = entry.item.sightings
            var zones: [String] = [], reasons: [String] = []
            for zone in s.zones { zones.append(try text("zone_\(zone.zone.rawValue)")) }
            for reason in entry.reasons { reasons.append(try text("reason_\(reason.rawValue)")) }
            keys.append([nil, Self.sortKey(s.first), String(s.regions.count), nil, nil])
            rows.append([
                try say.label(entry.item, saysMissingOrigin: true),
                "\(say.language.date(s.first, short: true)), \(try say.region(s.firstRegion))",
                say.language.numbers.count(s.regions.count),
                zones.joined(separator: "→"), reasons.joined(separator: ", "),
            ])
        }
        return Self(
            id: "tracker",
            caption: try say.language.text(
                "monitoring.tables.tracker.caption",
                ["last_year": String(facts.flow.period.to), "produced_after": String(facts.flow.producedAfter)]),
            paths: [ReportLayout.armsTracker, ReportLayout.ammunitionTracker],
            columns: try columns("tracker", [0.44, 0.23, 0.08, 0.10, 0.15], numeric: [2], say), rows: rows, sortKeys: keys)
    }

    static func firstSightings(_ facts: MonitoringFacts, _ say: MonitoringWords) throws(LanguageError) -> Self? {
        let items = facts.firstSightingsLastYear
        guard !items.isEmpty else { return nil }
        let shown = items.filter { $0.kind == .arms } + items.filter { $0.kind == .ammunition }.prefix(12)
        let more = items.count - shown.count
        var rows: [[String]] = [], keys: [[String?]] = []
        for item in shown {
            keys.append([nil, nil, Self.sortKey(item.sightings.first), nil])
            rows.append([
                try say.language.text("monitoring.tables.first-sightings.kind_\(item.kind.rawValue)"), try say.label(item),
                say.language.date(item.sightings.first, short: true), try say.region(item.sightings.firstRegion),
            ])
        }
        let year = ["last_year": String(facts.flow.period.to), "n": String(more)]
        return Self(
            id: "first-sightings",
            caption: try say.language.text("monitoring.tables.first-sightings.caption", year)
                + (more > 0 ? try say.language.text("monitoring.tables.first-sightings.more", year) : ""),
            paths: [ReportLayout.firstSightings],
            columns: try columns("first-sightings", [0.16, 0.5, 0.17, 0.17], say), rows: rows, sortKeys: keys)
    }

    static func specificity(_ facts: MonitoringFacts, _ say: MonitoringWords) throws(LanguageError) -> Self? {
        guard let groups = facts.flow.specificity, !groups.isEmpty else { return nil }
        let notRecorded = try say.language.text("monitoring.tables.specificity.not_recorded")
        var rows: [[String]] = []
        for group in groups {
            var countries: [String] = []
            for source in group.sources { countries.append(try say.language.text("countries.\(source.country.name)")) }
            let years =
                group.years.isEmpty
                ? ""
                : group.years.count == 1
                    ? String(group.years[0])
                    : "\(group.years.first!)–\(group.years.last!) (\(group.years.count))"
            var regions: [String] = []
            for region in group.regions { regions.append(try say.region(region)) }
            rows.append([
                try FigureText(language: say.language, parameters: [:]).category(group.label, axis: .materiel),
                say.language.numbers.count(group.records),
                countries.isEmpty
                    ? notRecorded : countries.joined(separator: ", ") + (group.unknownCountry > 0 ? "\u{00A0}+?" : ""),
                years.isEmpty ? notRecorded : years + (group.unknownYear > 0 ? "\u{00A0}+?" : ""),
                regions.count <= 2 ? regions.joined(separator: ", ") : say.language.numbers.count(regions.count),
            ])
        }
        return Self(
            id: "specificity",
            caption: try say.language.text("monitoring.tables.specificity.caption", ["last_year": String(facts.flow.period.to)]),
            paths: [ReportLayout.dataTable("heavy-materiel-specificity")],
            columns: try columns("specificity", [0.24, 0.10, 0.27, 0.19, 0.20], numeric: [1], say), rows: rows)
    }
}
