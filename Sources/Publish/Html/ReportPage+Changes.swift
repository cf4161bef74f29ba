import BriefModel
import Localization

extension ReportPage {
    /// Since the previous build: the values that moved per figure, new ammunition samples, new
    /// rejects and first sightings, named and written in the edition's language.
    func changesContext(_ changes: ReportChanges) throws(LanguageError) -> [String: Any] {
        var c: [String: Any] = [:]
        if changes.isEmpty { c["none"] = true }
        let figures = Dictionary(brief.figures.map { ($0.id, $0) }) { a, _ in a }
        let words = FigureText(language: language, parameters: [:])
        let unknown = try language.text("changes.unknown_value")
        var moved: [[String: Any]] = []
        for change in changes.figures {
            let figure = figures[change.id]
            var values: [[String: Any]] = []
            for v in change.values {
                // Written as the data tables write them: shares as percentages, unknown as a dash.
                let kind = figure?.series(named: v.series)?.kind ?? .count
                values.append([
                    "series": try words.seriesName(v.series),
                    "category": try figure.map { f throws(LanguageError) in try words.category(v.category, axis: f.axis) }
                        ?? v.category,
                    "old": v.old.map { text($0, kind) } ?? unknown, "new": v.new.map { text($0, kind) } ?? unknown,
                ])
            }
            moved.append([
                "id": change.id,
                "number": try figure.map { f throws(LanguageError) in try FigureText.number(f.brief, in: language) } ?? "",
                "title": change.title, "values": values,
            ])
        }
        c["figures"] = moved
        let values = changes.figures.reduce(0) { $0 + $1.values.count }
        // Each count with `<key>_one` for the template's singular, by the language's rule (French: 0 and 1).
        for (key, n) in [
            ("values_changed", values), ("figures_changed", changes.figures.count),
            ("new_samples_count", changes.newSamples.count), ("new_rejects_count", changes.newRejects.count),
        ] {
            c[key] = language.numbers.count(n)
            c[key + "_one"] = language.isSingular(n)
        }
        c["has_moved"] = !changes.figures.isEmpty
        var samples: [[String: Any]] = []
        for sample in changes.newSamples {
            var parameters = ["calibre": sample.calibre, "producer": sample.producer, "year": sample.year]
            if !sample.country.isEmpty { parameters["country"] = try words.country(sample.country) }
            samples.append([
                "sample": try language.text(sample.country.isEmpty ? "changes.sample" : "changes.sample_with_country", parameters)
            ])
        }
        c["new_samples"] = samples
        c["has_new_samples"] = !changes.newSamples.isEmpty
        c["new_rejects"] = try changes.newRejects.map { r throws(LanguageError) in
            [
                "export": r.export, "is_\(r.export)": true, "line": String(r.line), "code": r.code,
                "reason": RejectCode(rawValue: r.code) == nil ? r.code : try language.text("reject_codes.\(r.code)"),
                "message": r.message,
            ]
        }
        c["has_new_rejects"] = !changes.newRejects.isEmpty
        c["first_sightings"] = try changes.firstSightings.map { s throws(LanguageError) in
            [
                "is_arms": s.kind == "arms", "item": try s.label(in: language, flow: brief.monitoring?.flow),
                "date": language.date(s.date),
                "region": try language.text("regions.\(s.region)"),
            ]
        }
        c["has_first_sightings"] = !changes.firstSightings.isEmpty
        return c
    }
}
