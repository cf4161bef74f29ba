import BriefModel

extension ReportPage {
    /// Since the previous build: the values that moved per figure, new ammunition samples, new rejects.
    func changesContext(_ changes: ReportChanges) -> [String: Any] {
        var c: [String: Any] = [:]
        if changes.isEmpty { c["none"] = true }
        let figures = Dictionary(brief.figures.map { ($0.id, $0) }) { a, _ in a }
        c["figures"] = changes.figures.map { change -> [String: Any] in
            let figure = figures[change.id]
            return ["id": change.id, "number": figure?.brief ?? "", "title": change.title,
                "values": change.values.map { v -> [String: Any] in
                    // Written as the data tables write them: shares as percentages, unknown as a dash.
                    let kind = figure?.series(named: v.series)?.kind ?? .count
                    return ["series": v.series, "category": v.category, "old": v.old.map { Self.text($0, kind) } ?? "–",
                        "new": v.new.map { Self.text($0, kind) } ?? "–"]
                }]
        }
        let values = changes.figures.reduce(0) { $0 + $1.values.count }
        // Each count with `<key>_one` for the template's singular.
        for (key, n) in [("values_changed", values), ("figures_changed", changes.figures.count),
            ("new_samples_count", changes.newSamples.count), ("new_rejects_count", changes.newRejects.count)]
        {
            c[key] = NumberText.count(n)
            c[key + "_one"] = n == 1
        }
        c["has_moved"] = !changes.figures.isEmpty
        c["new_samples"] = changes.newSamples.map { ["sample": $0] }
        c["has_new_samples"] = !changes.newSamples.isEmpty
        c["new_rejects"] = changes.newRejects.map { r in
            ["export": r.export, "line": String(r.line), "code": r.code, "message": r.message]
        }
        c["has_new_rejects"] = !changes.newRejects.isEmpty
        c["first_sightings"] = changes.firstSightings.map { s in
            ["kind": s.kind == "arms" ? "arms type" : "ammunition sample", "item": s.item, "date": s.date.description,
                "region": s.region]
        }
        c["has_first_sightings"] = !changes.firstSightings.isEmpty
        return c
    }
}
