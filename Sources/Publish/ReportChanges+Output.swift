import BriefModel
import Localization

extension ReportChanges {
    /// `changes.json`.
    public var json: String {
        JSONValue.object([
            ("summary", .object([
                ("figures_changed", .int(figures.count)), ("values_changed", .int(figures.reduce(0) { $0 + $1.values.count })),
                ("new_samples", .int(newSamples.count)), ("new_rejects", .int(newRejects.count)),
                ("first_sightings", .int(firstSightings.count)),
            ])),
            ("figures", .array(figures.map { figure in
                .object([
                    ("id", .string(figure.id)),
                    ("changes", .array(figure.values.map { change in
                        .object([
                            ("series", .string(change.series)), ("category", .string(change.category)),
                            ("old", change.old.map(JSONValue.fraction) ?? .null), ("new", change.new.map(JSONValue.fraction) ?? .null),
                        ])
                    })),
                ])
            })),
            ("new_samples", .array(newSamples.map { JSONValue.string($0.text) })),
            ("first_sightings", .array(firstSightings.map { sighting in
                .object([
                    ("kind", .string(sighting.kind)), ("item", .string(sighting.item)),
                    ("first_recovered", .string(sighting.date.description)), ("region", .string(sighting.region)),
                ])
            })),
            ("new_rejects", .array(newRejects.map { reject in
                .object([
                    ("export", .string(reject.export)), ("line", .int(reject.line)), ("code", .string(reject.code)),
                    ("message", .string(reject.message)),
                ])
            })),
        ]).text() + "\n"
    }

    /// At most `limit` lines a nightly reader takes in at a glance, in the edition's language.
    /// Figure ids, series and categories are the canonical keys of figures.json and changes.json.
    public func summaryLines(language: Language = .english, limit: Int = 18) throws(LanguageError) -> [String] {
        if isEmpty { return [try language.text("changes.none")] }
        var lines: [String] = []
        let values = figures.reduce(0) { $0 + $1.values.count }
        lines.append(try language.text("changes.headline", [
            "values": try language.plural("changes.values", values), "figures": try language.plural("changes.figures", figures.count),
            "samples": try language.plural("changes.samples", newSamples.count),
            "rejects": try language.plural("changes.rejects", newRejects.count),
        ]))
        for figure in figures {
            var shown: [String] = []
            for change in figure.values.prefix(3) {
                shown.append(try language.text("changes.value", [
                    "series": change.series, "category": change.category,
                    "old": try Self.text(change.old, language), "new": try Self.text(change.new, language),
                ]))
            }
            let more = figure.values.count > 3 ? try language.text("changes.more", ["n": String(figure.values.count - 3)]) : ""
            lines.append("  " + (try language.text("changes.figure_line", ["id": figure.id, "changes": shown.joined(separator: "; ")])) + more)
        }
        if !newSamples.isEmpty {
            var samples: [String] = []
            for sample in newSamples.prefix(4) {
                var parameters = ["calibre": sample.calibre, "producer": sample.producer, "year": sample.year]
                if !sample.country.isEmpty { parameters["country"] = try language.text("countries.\(sample.country)") }
                samples.append(try language.text(sample.country.isEmpty ? "changes.sample" : "changes.sample_with_country", parameters))
            }
            let more = newSamples.count > 4 ? try language.text("changes.more", ["n": String(newSamples.count - 4)]) : ""
            lines.append("  " + (try language.text("changes.new_samples", ["samples": samples.joined(separator: "; ")])) + more)
        }
        for reject in newRejects.prefix(4) {
            // English quotes the validator's message; another language names the reason by its code.
            let reason = RejectCode(rawValue: reject.code) == nil ? reject.code : try language.text("reject_codes.\(reject.code)")
            lines.append("  " + (try language.text("changes.rejected", [
                "export": try language.text("exports.\(reject.export)"), "line": String(reject.line),
                "message": reject.message, "reason": reason,
            ])))
        }
        if newRejects.count > 4 {
            lines.append("  " + (try language.text("changes.more_rejects", ["n": String(newRejects.count - 4)])))
        }
        for sighting in firstSightings.prefix(4) {
            lines.append("  " + (try language.text("changes.first_sighting", [
                "item": sighting.item, "kind": try language.text("materiel.\(sighting.kind)"), "region": sighting.region,
                "date": sighting.date.description,
            ])))
        }
        if firstSightings.count > 4 {
            lines.append("  " + (try language.text("changes.more_first_sightings", ["n": String(firstSightings.count - 4)])))
        }
        return Array(lines.prefix(limit))
    }

    static func text(_ value: Double?, _ language: Language) throws(LanguageError) -> String {
        guard let value else { return try language.text("changes.unknown_value") }
        return language.numbers.plain(value)
    }
}
