import BriefModel
import Figures
import Localization

extension ReportChanges {
    /// `changes.json`.
    public var json: String {
        JSONValue.object([
            (
                "summary",
                .object([
                    ("figures_changed", .int(figures.count)),
                    ("values_changed", .int(figures.reduce(0) { $0 + $1.values.count })),
                    ("new_samples", .int(newSamples.count)), ("new_rejects", .int(newRejects.count)),
                    ("first_sightings", .int(firstSightings.count)),
                ])
            ),
            (
                "figures",
                .array(
                    figures.map { figure in
                        .object([
                            ("id", .string(figure.id)),
                            (
                                "changes",
                                .array(
                                    figure.values.map { change in
                                        .object([
                                            ("series", .string(change.series)), ("category", .string(change.category)),
                                            ("old", change.old.map(JSONValue.fraction) ?? .null),
                                            ("new", change.new.map(JSONValue.fraction) ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("new_samples", .array(newSamples.map { JSONValue.string($0.text) })),
            (
                "first_sightings",
                .array(
                    firstSightings.map { sighting in
                        .object([
                            ("kind", .string(sighting.kind)), ("item", .string(sighting.item)),
                            ("first_recovered", .string(sighting.date.description)), ("region", .string(sighting.region)),
                        ])
                    })
            ),
            (
                "new_rejects",
                .array(
                    newRejects.map { reject in
                        .object([
                            ("export", .string(reject.export)), ("line", .int(reject.line)), ("code", .string(reject.code)),
                            ("message", .string(reject.message)),
                        ])
                    })
            ),
        ]).text() + "\n"
    }

    /// At most `limit` lines a nightly reader takes in at a glance, in the edition's language. With
    /// this build's `figures` and monitoring `flow`, each figure is named by its number and its series,
    /// categories, items and places in the language's words; without them, by the canonical keys of
    /// figures.json and changes.json.
    public func summaryLines(
        language: Language = .english, figures results: [FigureResult] = [], flow: ArmsFlow? = nil, limit: Int = 18
    ) throws(LanguageError) -> [String] {
        if isEmpty { return [try language.text("changes.none")] }
        var lines: [String] = []
        // Only what changed: "3 first sightings.", never "0 values changed in 0 figures, … 3 first sightings."
        var parts: [String] = []
        let values = figures.reduce(0) { $0 + $1.values.count }
        if values > 0 {
            parts.append(
                try language.text(
                    "changes.values_in_figures",
                    [
                        "values": try language.plural("changes.values", values),
                        "figures": try language.plural("changes.figures", figures.count),
                    ]))
        }
        for (key, count) in [
            ("changes.samples", newSamples.count), ("changes.rejects", newRejects.count),
            ("changes.sightings", firstSightings.count),
        ] where count > 0 {
            parts.append(try language.plural(key, count))
        }
        lines.append(
            try language.text(
                "changes.headline", ["changes": parts.joined(separator: try language.text("changes.list_separator"))]))
        let words = FigureText(language: language, parameters: [:])
        for figure in figures {
            let result = results.first { $0.id == figure.id }
            var shown: [String] = []
            for change in figure.values.prefix(3) {
                // Shares as the data tables print them when the figure says which series are shares.
                let kind = result?.series(named: change.series)?.kind
                shown.append(
                    try language.text(
                        "changes.value",
                        [
                            "series": result == nil ? change.series : try words.seriesName(change.series),
                            "category": try result.map { r throws(LanguageError) in
                                try words.category(change.category, axis: r.axis)
                            }
                                ?? change.category,
                            "old": try Self.text(change.old, kind, language), "new": try Self.text(change.new, kind, language),
                        ]))
            }
            let more = figure.values.count > 3 ? try language.plural("changes.more", figure.values.count - 3) : ""
            let name = try result.map { r throws(LanguageError) in try FigureText.number(r.brief, in: language) } ?? figure.id
            lines.append(
                "  "
                    + (try language.text(
                        "changes.figure_line",
                        ["id": name, "changes": shown.joined(separator: try language.text("changes.separator"))])) + more)
        }
        if !newSamples.isEmpty {
            var samples: [String] = []
            for sample in newSamples.prefix(4) {
                var parameters = ["calibre": sample.calibre, "producer": sample.producer, "year": sample.year]
                if !sample.country.isEmpty { parameters["country"] = try language.text("countries.\(sample.country)") }
                samples.append(
                    try language.text(sample.country.isEmpty ? "changes.sample" : "changes.sample_with_country", parameters))
            }
            let more = newSamples.count > 4 ? try language.plural("changes.more", newSamples.count - 4) : ""
            lines.append(
                "  "
                    + (try language.text(
                        "changes.new_samples", ["samples": samples.joined(separator: try language.text("changes.separator"))]))
                    + more)
        }
        for reject in newRejects.prefix(4) {
            // English quotes the validator's message; another language names the reason by its code.
            let reason = RejectCode(rawValue: reject.code) == nil ? reject.code : try language.text("reject_codes.\(reject.code)")
            lines.append(
                "  "
                    + (try language.text(
                        "changes.rejected",
                        [
                            "export": try language.text("exports.\(reject.export)"), "line": String(reject.line),
                            "message": reject.message, "reason": reason,
                        ])))
        }
        if newRejects.count > 4 {
            lines.append("  " + (try language.text("changes.more_rejects", ["n": String(newRejects.count - 4)])))
        }
        for sighting in firstSightings.prefix(4) {
            lines.append(
                "  "
                    + (try language.text(
                        "changes.first_sighting",
                        [
                            "item": try sighting.label(in: language, flow: flow),
                            "kind": try language.text("materiel.\(sighting.kind)"),
                            "region": try language.text("regions.\(sighting.region)"), "date": language.date(sighting.date),
                        ])))
        }
        if firstSightings.count > 4 {
            lines.append("  " + (try language.text("changes.more_first_sightings", ["n": String(firstSightings.count - 4)])))
        }
        return Array(lines.prefix(limit))
    }

    static func text(_ value: Double?, _ kind: Series.Kind?, _ language: Language) throws(LanguageError) -> String {
        guard let value else { return try language.text("changes.unknown_value") }
        return kind.map { language.numbers.value(value, kind: $0) } ?? language.numbers.plain(value)
    }
}

extension ReportChanges.FirstSighting {
    /// The item named as the monitoring section names it, in `language`; the item is one of this
    /// build's (`flow`), found by the label the changes recorded, which is kept when it is not there.
    func label(in language: Language, flow: ArmsFlow?) throws(LanguageError) -> String {
        guard let found = flow?.typesAndSamples.first(where: { $0.label == item }) else { return item }
        return try MonitoringWords(language: language).label(found)
    }
}
