import BriefModel

/// Puts a computed figure into an edition's language, between the figures and the renderers: its
/// title, definition and chart text (subtitle, value label, legend, category labels, numbers) come
/// from the vocabulary, keyed by the figure's id and the canonical keys of its layers and
/// categories. The numbers, series and canonical categories are left exactly as computed.
public struct FigureText: Sendable {
    public let language: Language
    /// The values the texts may name: `period`, `mission`.
    public let parameters: [String: String]

    public init(language: Language, parameters: [String: String]) {
        self.language = language
        self.parameters = parameters
    }

    public func localize(_ figure: FigureResult) throws(LanguageError) -> FigureResult {
        var out = figure
        let key = "figures.\(figure.id)" + (figure.textVariant.map { ".\($0)" } ?? "")
        out.title = try language.text(key + ".title", parameters)
        out.definition = try language.text(key + ".definition", parameters)
        out.chart.title = out.title
        out.chart.numbers = language.numbers
        out.chart.language = language.code
        out.chart.unknownValue = try language.text("chart.no_data")
        if let reason = figure.unavailableReason {
            // Every reason is a sentence of the vocabulary; a reason without one is the figure's own text.
            let reasonText = try figure.unavailableKey.map { key throws(LanguageError) in try text(key) } ?? reason
            out.unavailableReason = reasonText
            out.chart.subtitle = reasonText
            out.chart.valueLabel = try language.text(key + ".value_label", parameters)
            return out
        }
        out.chart.subtitle = try language.text(key + ".subtitle", parameters)
        out.chart.valueLabel = try language.text(key + ".value_label", parameters)
        for i in out.chart.layers.indices {
            out.chart.layers[i].label = try layerLabel(figure.id, figure.chart.layers[i].colorKey)
        }
        out.chart.categories = try categories(figure)
        // A ranking's ties are in alphabetical order: the edition's alphabet, once its names are its own.
        if figure.axis == .country { out.chart = tiesCollated(out.chart) }
        if let map = out.chart.map {
            out.chart.map = try mapText(map)
            out.chart.source = try mapSource(out.chart)
        }
        let notes = try partialYearNotes(figure)
        if !notes.isEmpty {
            for (i, category) in figure.categories.enumerated()
            where figure.partialYears[category] != nil
                && i < out.chart.categories.count
            {
                out.chart.categories[i] += "*"
            }
            out.chart.source += (out.chart.source.isEmpty ? "" : " ") + notes.joined(separator: " ")
        }
        return out
    }

    /// The named bars of a ranking (the last, "N other countries", stays last) with each run of
    /// equal values in the edition's alphabetical order; values stay with their names.
    private func tiesCollated(_ chart: ChartSpec) -> ChartSpec {
        guard let values = chart.layers.first?.values else { return chart }
        let named = chart.categoryColorKeys?.firstIndex(of: "other") ?? chart.categories.count
        let order = chart.categories.indices.sorted { a, b in
            if (a < named) != (b < named) { return a < named }
            guard a < named, values[a] == values[b] else { return a < b }
            return language.collates(chart.categories[a], before: chart.categories[b])
        }
        var out = chart
        out.categories = order.map { chart.categories[$0] }
        out.categoryColorKeys = chart.categoryColorKeys.map { keys in order.map { keys[$0] } }
        for i in out.layers.indices { out.layers[i].values = order.map { chart.layers[i].values[$0] } }
        return out
    }

    /// A map's words in the language: regions by name, neighbours, the key, the notice; the source
    /// line gains the outlines' sources (and the regions file's, when its polygons are drawn).
    private func mapText(_ map: MapSpec) throws(LanguageError) -> MapSpec {
        var out = map
        for i in out.places.indices { out.places[i].label = try language.text("regions.\(map.places[i].key)") }
        for i in out.circles.indices { out.circles[i].label = try language.text("regions.\(map.circles[i].key)") }
        for i in out.areas.indices where map.areas[i].label != nil {
            out.areas[i].label = try language.text("map.neighbours.\(map.areas[i].key)")
        }
        for i in out.key.indices {
            let key = map.key[i].key
            if Zone(rawValue: key) != nil {
                out.key[i].label = try language.text("layers.\(key)")
            } else if PerpetratorGroup(rawValue: key) != nil {
                out.key[i].label = try language.text("map.groups.\(key)")
            }
            if let sample = map.key[i].sample { out.key[i].label = try self.sample(sample) }
            // A sample's entry: its first recovery's date, then each numbered step's.
            if let first = map.key[i].dates.first {
                var steps = [language.unbrokenDate(first)]
                for (offset, date) in map.key[i].dates.dropFirst().enumerated() {
                    steps.append(try language.text("map.step", ["n": String(offset + 1), "date": language.unbrokenDate(date)]))
                }
                out.key[i].label +=
                    try language.text("map.dates_after") + steps.joined(separator: try language.text("map.step_separator"))
            }
        }
        out.notice = try language.text("map.notice")
        out.kilometres = try language.text("map.km")
        for side in ["E", "W", "N", "S"] { out.degrees[side] = try language.text("map.degrees.\(side)", ["n": "{n}"]) }
        return out
    }

    /// The source line of a map: its data's sources, then the outlines', then the UN notice.
    public func mapSource(_ chart: ChartSpec) throws(LanguageError) -> String {
        guard let map = chart.map else { return chart.source }
        let regions = map.areas.contains { if case .region = $0.style { true } else { false } }
        let parts = [
            chart.source, try language.text("map.source"), regions ? try language.text("map.source_regions") : "", map.notice,
        ]
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A vocabulary sentence with its values: the export's name and dates in the language.
    public func text(_ reason: ReasonText) throws(LanguageError) -> String {
        var parameters = reason.parameters
        if let export = parameters["export"] { parameters["export"] = try language.text("exports.\(export)") }
        for (name, date) in reason.dates { parameters[name] = language.date(date) }
        return try language.text(reason.key, parameters)
    }

    /// "* 2020: to 31 October 2020." for each partial year of the figure, in year order.
    public func partialYearNotes(_ figure: FigureResult) throws(LanguageError) -> [String] {
        var notes: [String] = []
        for (year, coverage) in figure.partialYears.sorted(by: { $0.key < $1.key }) {
            guard case .partial(let from, let to) = coverage else { continue }
            let key =
                from != nil && to != nil ? "coverage.partial_both" : from != nil ? "coverage.partial_from" : "coverage.partial_to"
            var parameters = ["year": year]
            if let from { parameters["from"] = language.date(from) }
            if let to { parameters["to"] = language.date(to) }
            notes.append(try language.text(key, parameters))
        }
        return notes
    }

    private func layerLabel(_ id: String, _ colorKey: String) throws(LanguageError) -> String {
        let specific = "figures.\(id).layers.\(colorKey)"
        return try language.text(language.vocabulary.has(specific) ? specific : "layers.\(colorKey)")
    }

    /// The chart's category labels: years as they are, decades, attack types and countries by name.
    private func categories(_ figure: FigureResult) throws(LanguageError) -> [String] {
        let chart = figure.chart
        var labels: [String] = []
        for (i, label) in chart.categories.enumerated() {
            if figure.axis == .country, chart.categoryColorKeys?[i] == "other" {
                // The last bar gathers the countries the chart does not name.
                let others = figure.categories.count - (chart.categories.count - 1)
                labels.append(try language.plural("figures.\(figure.id).other", others))
            } else {
                labels.append(
                    try category(
                        figure.axis == .year || figure.axis == .decade || figure.axis == .country
                            ? label : figure.categories[i], axis: figure.axis))
            }
        }
        return labels
    }

    /// One canonical category of a figure (`1940s`, `ied`, `Soviet Union`, `0–2`) in the language.
    public func category(_ canonical: String, axis: FigureAxis) throws(LanguageError) -> String {
        switch axis {
        case .year: canonical
        case .lag: try language.text("categories.lag", ["band": canonical])
        // A label stands alone in a chart or a table: its first letter is a capital ("Anti-vehicle mine").
        case .materiel: SourceAttribution.capitalisedFirst(try materiel(canonical))
        case .decade: try language.text("categories.decade", ["decade": String(canonical.dropLast())])
        case .type: try language.text("categories.\(canonical)")
        case .country: try country(canonical)
        case .region: try language.text("regions.\(canonical)")
        case .step: canonical
        }
    }

    /// A figure's category axis as a data table's first column header (`Year`, `Producing country`).
    public func axisName(_ axis: FigureAxis) throws(LanguageError) -> String {
        try language.text("data_table.axes.\(axis.rawValue)")
    }

    /// A figure's series (`killed_civilians`) as a data table's column header (`Civilians killed`).
    public func seriesName(_ series: String) throws(LanguageError) -> String {
        try language.text("data_table.columns.\(series)")
    }

    /// A kind of heavy materiel (`57mm rocket`, the canonical category of Figure 9d) in the language.
    public func materiel(_ canonical: String) throws(LanguageError) -> String {
        // The longest English name that ends the label: "heavy machine gun" before "machine gun".
        let named = ArmsCategory.allCases.sorted { $0.englishName.count > $1.englishName.count }
        guard let category = named.first(where: { canonical.hasSuffix($0.englishName) }) else { return canonical }
        let name = try language.text("materiel.\(category.rawValue)")
        let calibre = canonical.dropLast(category.englishName.count).split(separator: " ").joined(separator: " ")
        // The data's key (`57mm`) as the edition writes a calibre (`57 mm`, `7,62 × 39 mm`).
        let written = Calibre(description: calibre)?.written(language.numbers) ?? calibre
        return calibre.isEmpty ? name : try language.text("categories.materiel", ["calibre": written, "name": name])
    }

    /// An ammunition sample as an edition names it: `7.62 × 39 mm Factory 10E, 2015 (Egypt)`, the
    /// year set apart from a factory's number, the country after the producer unless it is the
    /// producer; `7,62 × 39 mm Factory 10E, 2015 (Égypte)` in French.
    public func sample(_ sample: MapSpec.SampleName) throws(LanguageError) -> String {
        let country = try sample.country.map { c throws(LanguageError) in try self.country(c.name) }
        let notRecorded = try language.text("monitoring.producer_not_recorded")
        let maker =
            sample.producer.map { name in sample.country?.name == name ? (country ?? name) : name } ?? country ?? notRecorded
        let suffix = country.map { maker == $0 ? "" : " (\($0))" } ?? ""
        let made = [sample.calibre?.written(language.numbers), maker].compactMap { $0 }.joined(separator: " ")
        return made + (sample.year.map { ", \($0)" } ?? "") + suffix
    }

    /// A producing country's name in the language, from its canonical English name.
    public func country(_ name: String) throws(LanguageError) -> String { try language.text("countries.\(name)") }

    /// `Figure 4`, `Box 7` in the language (`Figure 4`, `Encadré 7`).
    public static func number(_ brief: String, in language: Language) throws(LanguageError) -> String {
        let parts = brief.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return brief }
        return try language.text("numbering.\(parts[0])", ["n": String(parts[1])])
    }

    /// Where the figure stands in the reference brief, when that is not simply its number.
    public func reference(_ figure: FigureResult) throws(LanguageError) -> String? {
        figure.reference == figure.brief ? nil : try language.text("figures.\(figure.id).reference")
    }
}

extension Language {
    /// The words of chart source lines in this language.
    public func sourceWording() throws(LanguageError) -> SourceWording {
        SourceWording(
            line: try text("sources.line", ["names": "{names}"]), separator: try text("sources.separator"),
            acled: try text("sources.acled"), acledMapped: try text("sources.acled_mapped"),
            acledRecorder: try text("sources.acled_recorder"), un: try text("sources.un"),
            synthetic: try text("sources.synthetic"))
    }

    /// The mission database's name when pipeline.yml gives none (`document.source`).
    public func missionDatabase(configured: String) throws(LanguageError) -> String {
        configured == DocumentInfo.defaultSource ? try text("sources.mission_database") : configured
    }
}

extension Language {
    /// The document's title, subject and author in this language where pipeline.yml leaves them at
    /// their defaults; what the user wrote is kept as written. The default subject names only what
    /// the build has data for: no promise of materiel without arms or ammunition, say.
    public func document(
        _ info: DocumentInfo, attacks: Bool = true, materiel: Bool = true, fatalities: Bool = true
    ) throws(LanguageError) -> DocumentInfo {
        var document = info
        let defaults = DocumentInfo()
        if info.title == defaults.title { document.title = try text("document.title") }
        if info.subject == defaults.subject {
            let key =
                attacks && materiel
                ? "document.subject"
                : attacks
                    ? "document.subject_attacks"
                    : materiel
                        ? "document.subject_materiel"
                        : fatalities ? "document.subject_fatalities" : "document.subject_no_data"
            document.subject = try text(key)
        }
        if info.author == defaults.author { document.author = try text("document.author") }
        return document
    }
}
