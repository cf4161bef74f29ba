import BriefModel
import Drawing
import Figures
import Foundation
import Localization

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
    /// Who recorded the data, for the brief's sentences and the method note.
    public var sources = SourceAttribution()
    /// Trends, ranks and superlatives computed from the figures.
    public var facts = BriefFacts()
    /// The arms-flow monitoring views and what the brief says about them; nil when not computed.
    public var monitoring: MonitoringFacts?
    /// What moved since the previous report; nil on a first build.
    public var changes: ReportChanges?
    /// The edition's language: its words, numbers and dates. The figures are already in it.
    public var language = Language.english
    /// Exports read that give nothing for the period: the brief names them instead of stating zeros.
    public var withoutData: [NoDataInPeriod] = []
    /// The ACLED rules the incidents were read with, when they come from ACLED.
    public var acledRules: AcledRules?

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
    static func make(_ inputs: BriefInputs) throws(LanguageError) -> [String: Any] {
        let words = Words(inputs.language)
        var context: [String: Any] = [
            "title": escape(inputs.document.title), "subtitle": escape(inputs.document.subject),
            "author": escape(inputs.document.author), "period": inputs.period.description,
            "first_year": String(inputs.period.from), "last_year": String(inputs.period.to),
            "last_four_from": String(max(inputs.period.from, inputs.period.to - 3)),
            "earlier_to": String(max(inputs.period.from, inputs.period.to - 4)),
            "date_line": escape(inputs.dateLine), "synthetic": inputs.isSyntheticDemo,
            // Inside a sentence ("… (published 1 January 2025)").
            "date_line_in_text": escape(inputs.dateLine.prefix(1).lowercased() + inputs.dateLine.dropFirst()),
            "has_changes": inputs.changes != nil,
            "recorder": escape(inputs.sources.incidentsRecorder),
            "Recorder": escape(SourceAttribution.capitalisedFirst(inputs.sources.incidentsRecorder)),
            "mission_source": escape(inputs.sources.missionDatabase),
        ]
        // An unknown statistic gives no key at all: the template then leaves its sentence out or
        // says it is not recorded, and never prints a made-up 0.
        for (key, value) in inputs.headline.values {
            switch value {
            case .count(let n):
                context[key] = n.map(words.count)
                // `<key>_words`: one to nine in words, for prose that counts things (UN style).
                context[key + "_words"] = try n.map { n throws(LanguageError) in try words.spelled(n) }
                // `<key>_none` and `<key>_one` for sentences that say "no attack" rather than
                // "0 attacks", "1 attack" rather than "1 attacks".
                context[key + "_none"] = n == 0
                context[key + "_one"] = n == 1
            case .fraction(let x):
                context[key + "_pct"] = x.map(words.pct)
                context[key + "_percent"] = x.map(words.percent)
            case .number(let x):
                context[key] = x.map { words.count(Int($0.rounded())) }
                context[key + "_words"] = try x.map { x throws(LanguageError) in try words.spelled(Int(x.rounded())) }
            }
        }
        // Shares and rates of attacks on the mission rest on the attacks they count: too few, and the
        // brief gives the counts alone.
        let counted = { (key: String) -> Int in if case .count(let n?) = inputs.headline[key] { n } else { 0 } }
        if counted("attacks") < BriefFacts.minimumBase {
            context["minusma_attacks_share_pct"] = nil
            context["minusma_attacks_share_percent"] = nil
        }
        if counted("minusma_attacks") < BriefFacts.minimumBase {
            for key in ["minusma_attack_every_days", "minusma_attack_every_days_words", "minusma_attacks_per_year"] {
                context[key] = nil
            }
        }
        context["has_incidents"] = inputs.figure("attacks-per-year") != nil
        // The victims' sentences compare the first and last years: only when the data covers both.
        let endpointsKnown =
            inputs.headline["killed_last_year"].map { $0 != .count(nil) } ?? false
            && (inputs.period.from == inputs.period.to || inputs.headline["killed_first_year"].map { $0 != .count(nil) } ?? false)
        context["has_victims"] = inputs.figure("victims-per-year") != nil
        context["victims_endpoints"] = inputs.figure("victims-per-year") != nil && endpointsKnown
        context["has_ammunition"] = inputs.figure("ammunition-samples-by-decade") != nil
        context["has_fatalities"] = inputs.figure("minusma-fatalities-by-type") != nil
        // The summary speaks of a threat only when attacks or the ammunition used in them are read.
        context["measures_threat"] = context["has_incidents"] as? Bool == true || context["has_ammunition"] as? Bool == true
        context["has_rcied"] = inputs.figure("rcied-share-per-year") != nil
        // The reference's number for the box the share is shown in ("Box 7", "Encadré 7").
        if let rcied = inputs.figure("rcied-share-per-year") {
            context["rcied_box"] = escape(try FigureText.number(rcied.brief, in: inputs.language))
        }
        let maps = inputs.figures.filter { $0.isAvailable && $0.chart.map != nil }
        context["has_maps"] = !maps.isEmpty
        context["has_region_polygons"] = maps.contains { figure in
            figure.chart.map?.areas.contains { if case .region = $0.style { true } else { false } } ?? false
        }
        context["acled"] = inputs.incidentsFromACLED
        context["has_mission_data"] =
            !inputs.incidentsFromACLED && context["has_incidents"] as? Bool == true
            || context["has_ammunition"] as? Bool == true
        if let un = inputs.figure("un-fatalities-per-year") {
            func total(_ name: String) -> Int { Int(un.series(named: name)?.values.reduce(0) { $0 + ($1 ?? 0) } ?? 0) }
            context["has_un_fatalities"] = true
            context["un_malicious_total"] = words.count(total("malicious_act"))
            context["un_total"] = words.count(total("total"))
            context["un_total_none"] = total("total") == 0
            context["both_fatality_counts"] = context["has_fatalities"] as? Bool ?? false
            // Which count is the larger is read from the two totals, so the reason given fits the numbers.
            if case .count(let mission?) = inputs.headline["minusma_fatalities"] {
                let malicious = total("malicious_act")
                context["mission_count_larger"] = mission > malicious
                context["un_count_larger"] = mission < malicious
                context["counts_equal"] = mission == malicious
            }
        }
        // Whether China and the Soviet Union / Russian Federation made most samples: the summary's "mostly".
        if case .fraction(let share?) = inputs.headline["samples_china_soviet_russia_share"] {
            context["samples_china_soviet_russia_majority"] = share > 0.5
        }
        context["zones"] = try zones(inputs.language)
        context["zone_count_words"] = try words.spelled(Zone.allCases.count)
        context.merge(try coverage(inputs)) { $1 }
        context.merge(acled(inputs, words)) { $1 }
        context.merge(try facts(inputs.facts, words)) { $1 }
        if let monitoring = inputs.monitoring { context.merge(try self.monitoring(monitoring, words)) { $1 } }
        return context
    }

    /// The zones the brief groups Mali's regions into, each with its regions in the edition's names
    /// and alphabetical order (Box 1): the rule `Region.zone` applies, written out.
    static func zones(_ language: Language) throws(LanguageError) -> [[String: Any]] {
        var zones: [[String: Any]] = []
        for zone in Zone.allCases {
            var names: [String] = []
            for region in Region.allCases where region.zone == zone { names.append(try language.text("regions.\(region.name)")) }
            names.sort(by: language.collates)
            zones.append([
                "name": try language.text("names.zone.\(zone.rawValue)"),
                "regions": try language.text(
                    "monitoring.and", ["first": names.dropLast().joined(separator: ", "), "last": names.last!]),
                "last": zone == Zone.allCases.last!, "middle": zone != Zone.allCases.first! && zone != Zone.allCases.last!,
            ])
        }
        return zones
    }

    /// What the data covers: each export's first and last date, the exports without data for the
    /// period (named instead of zeros), and whether any year is a gap or partial.
    static func coverage(_ inputs: BriefInputs) throws(LanguageError) -> [String: Any] {
        let text = FigureText(language: inputs.language, parameters: [:])
        var context: [String: Any] = [:]
        context["no_data"] = try inputs.withoutData.map { missing throws(LanguageError) in
            ["reason": escape(SourceAttribution.capitalisedFirst(try text.text(missing.reason(period: inputs.period))))]
        }
        let covered = inputs.quality.compactMap { quality in quality.coverage.map { (quality, $0) } }
        context["coverage"] = try covered.map { quality, span throws(LanguageError) in
            [
                "export": try inputs.language.text("exports.\(quality.export.rawValue)"), "file": escape(quality.file),
                "from": inputs.language.date(span.first), "to": inputs.language.date(span.last),
            ]
        }
        // Exports that cover the period in part: a key finding says where they stop.
        var partialCoverage: [[String: Any]] = []
        for (quality, span) in covered where span.overlaps(inputs.period) {
            let gaps = inputs.period.years.filter { span.year($0) == .notCovered }.map { ["year": String($0)] }
            let partial = inputs.period.years.filter { if case .partial = span.year($0) { true } else { false } }
                .map { ["year": String($0)] }
            guard !gaps.isEmpty || !partial.isEmpty else { continue }
            var entry: [String: Any] = [
                "export": try inputs.language.text("exports.\(quality.export.rawValue)"),
                "from": inputs.language.date(span.first), "to": inputs.language.date(span.last),
            ]
            if quality.export == .incidents {
                // The span the attacks were counted over, where it is shorter than the period.
                let start = CivilDate(year: inputs.period.from, month: 1, day: 1)!
                let end = CivilDate(year: inputs.period.to, month: 12, day: 31)!
                let (from, to) = inputs.language.span(max(span.first, start), min(span.last, end))
                context["incidents_span"] = ["from": from, "to": to]
            }
            if !gaps.isEmpty { entry["not_covered"] = ["years": list(gaps), "one": gaps.count == 1] }
            if !partial.isEmpty { entry["partial"] = ["years": list(partial), "one": partial.count == 1] }
            partialCoverage.append(entry)
        }
        context["partial_coverage"] = partialCoverage
        context["has_coverage"] = !covered.isEmpty
        // Why rows were filtered, as the exports read say: no ACLED sentence in a build without ACLED.
        let reasons = FilterReason.allCases.filter { reason in inputs.quality.contains { ($0.filteredByReason[reason] ?? 0) > 0 }
        }
        var filtered: [[String: Any]] = []
        for reason in reasons { filtered.append(["text": try inputs.language.text("filter_reasons.\(reason.rawValue)")]) }
        context["filtered_reasons"] = list(filtered)
        context["has_filtered"] = !filtered.isEmpty
        context["has_coverage_gaps"] = covered.contains { _, span in
            span.overlaps(inputs.period) && inputs.period.years.contains { span.year($0) != .full }
        }
        return context
    }

    /// What the ACLED rules kept and left out: the extremist actors and the filtered events by reason.
    static func acled(_ inputs: BriefInputs, _ words: Words) -> [String: Any] {
        guard inputs.incidentsFromACLED, let rules = inputs.acledRules else { return [:] }
        var context: [String: Any] = [
            "extremist_actors": escape(rules.extremistActors.joined(separator: ", ")),
            "unattributed_counted": rules.countsUnattributed,
        ]
        if let quality = inputs.quality.first(where: { $0.export == .incidents }) {
            var filtered: [String: Any] = [:]
            for (key, reason) in [
                ("not_an_incident", FilterReason.notAnIncident), ("not_extremist", .notExtremist),
                ("unattributed", .unattributed),
            ] {
                let n = quality.filteredByReason[reason] ?? 0
                filtered[key] = (try? words.spelled(n)) ?? words.count(n)
                filtered[key + "_one"] = words.language.isSingular(n)
            }
            context["acled_filtered"] = filtered
        }
        return context
    }

    /// Text from configuration or data goes into Pango markup: escape its special characters.
    static func escape(_ text: String) -> String { MarkupEscape.escape(text) }
}

/// How the brief's values read in the edition's language: numbers, percentages, and the names of
/// zones and attack types in every grammatical form the language's vocabulary defines under
/// `names.<form>.<key>` (`lead`, `list`, `from` …), each as `<form>_name` and `<Form>_name`.
struct Words {
    let language: Language
    let forms: [String]

    init(_ language: Language) {
        self.language = language
        forms = Set(
            language.vocabulary.keys.filter { $0.hasPrefix("names.") }
                .compactMap { $0.split(separator: ".").dropFirst().first.map(String.init) }
        ).sorted()
    }

    func count(_ n: Int) -> String { language.numbers.count(n) }
    /// One to nine in words (`five`, `cinq`), other numbers in figures: the UN's rule for a count in
    /// running text.
    func spelled(_ n: Int) throws(LanguageError) -> String {
        (1...9).contains(n) ? try language.text("number_words.n\(n)") : count(n)
    }
    /// A whole percentage without its sign, for "27 per cent".
    func pct(_ fraction: Double) -> String { String(Int((fraction * 100).rounded())) }
    /// A whole percentage with the language's sign: `27%`, `27 %`.
    func percent(_ fraction: Double) -> String { language.numbers.percent(fraction) }

    /// The names of a zone or attack type in the forms that name it (zones have no `lead` form);
    /// a key no form names is a missing translation, and every language has the same keys (tested).
    func names(_ key: String) throws(LanguageError) -> [String: String] {
        var names: [String: String] = [:]
        let named = forms.filter { language.vocabulary.has("names.\($0).\(key)") }
        if named.isEmpty { _ = try language.text("names.list.\(key)") }
        for form in named {
            let name = try language.text("names.\(form).\(key)")
            names[form + "_name"] = name
            names[SourceAttribution.capitalisedFirst(form) + "_name"] = SourceAttribution.capitalisedFirst(name)
        }
        return names
    }
}
