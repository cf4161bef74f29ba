import BriefModel

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
            ("new_samples", .array(newSamples.map(JSONValue.string))),
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

    /// At most `limit` lines a nightly reader takes in at a glance.
    public func summaryLines(limit: Int = 18) -> [String] {
        if isEmpty { return ["No change since the previous report."] }
        var lines: [String] = []
        let values = figures.reduce(0) { $0 + $1.values.count }
        lines.append("\(values) value\(values == 1 ? "" : "s") changed in \(figures.count) figure\(figures.count == 1 ? "" : "s"), "
            + "\(newSamples.count) new ammunition sample\(newSamples.count == 1 ? "" : "s"), "
            + "\(newRejects.count) newly rejected row\(newRejects.count == 1 ? "" : "s")"
            + (firstSightings.isEmpty ? "." : ", \(firstSightings.count) first sighting\(firstSightings.count == 1 ? "" : "s") of materiel."))
        for figure in figures {
            let shown = figure.values.prefix(3).map { "\($0.series) \($0.category): \(Self.text($0.old)) → \(Self.text($0.new))" }
            let more = figure.values.count > 3 ? " (+\(figure.values.count - 3) more)" : ""
            lines.append("  \(figure.id): " + shown.joined(separator: "; ") + more)
        }
        if !newSamples.isEmpty {
            lines.append("  new samples: " + newSamples.prefix(4).joined(separator: "; ")
                + (newSamples.count > 4 ? " (+\(newSamples.count - 4) more)" : ""))
        }
        for sighting in firstSightings.prefix(4) {
            lines.append("  first sighting: \(sighting.item) (\(sighting.kind)), \(sighting.region) \(sighting.date)")
        }
        if firstSightings.count > 4 { lines.append("  … and \(firstSightings.count - 4) more first sightings (changes.json)") }
        for reject in newRejects.prefix(4) { lines.append("  rejected: \(reject.export) line \(reject.line): \(reject.message)") }
        if newRejects.count > 4 { lines.append("  … and \(newRejects.count - 4) more rejected rows (quality/rejects.csv)") }
        return Array(lines.prefix(limit))
    }

    static func text(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value == value.rounded() && abs(value) < 1e15 ? NumberText.count(Int(value)) : String(format4: value)
    }
}
