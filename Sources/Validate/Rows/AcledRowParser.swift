import BriefModel
import Ingest

/// An ACLED event export read as incidents (public-data.md). ACLED records no weapon type and no UN
/// casualty split: categories are approximations, and `fatalities` are deaths of no recorded group.
struct AcledRowParser: RowParser {
    let context: ValidationContext
    var schema: ExportSchema { .acled }

    /// Protests, riots and strategic developments are not incidents, except "Disrupted weapons use":
    /// ACLED files it under strategic developments, and public-data.md's rule 2 turns it into IED
    /// finds, which a literal rule 1 would never let through.
    func isFiltered(_ row: RowChecker) -> Bool {
        guard let type = row.text("event_type"), AcledMapping.notIncidents.contains(LabelKey.fold(type)) else { return false }
        return row.text("sub_event_type").map { LabelKey.fold($0) != "disrupted weapons use" } ?? true
    }

    func parse(_ row: inout RowChecker) -> Incident? {
        let words = context.vocabularies
        let id = row.required("event_id_cnty")
        let date = row.date("event_date", context)
        _ = row.required("event_type")
        let subEvent = row.required("sub_event_type")
        let region = row.label("admin1", words.regions, .unknownRegion, expected: "region of Mali")
        let coordinate = row.coordinate()
        let killed = row.count("fatalities")
        guard row.faults.isEmpty, let id, let date, let subEvent, let region else { return nil }
        let (category, iedType) = AcledMapping.category(subEventType: subEvent, notes: row.text("notes") ?? "")
        var casualties = Casualties()
        casualties.killedUnspecified = killed ?? .unknown
        return Incident(
            id: id, date: date, region: region, category: category,
            party: AcledMapping.party(actor2: row.optionalText("actor2"), associated: row.optionalText("assoc_actor_2")),
            iedType: iedType, casualties: casualties, locality: row.optionalText("location"), coordinate: coordinate,
            perpetrator: row.optionalText("actor1"), source: row.optionalText("source"))
    }
}
