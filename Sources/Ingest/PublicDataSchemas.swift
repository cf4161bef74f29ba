import BriefModel

/// The columns of the public datasets of public-data.md, as they are published.
extension ExportSchema {
    /// An ACLED event export, read as the incidents export. Other columns are ignored, as is an
    /// unnamed index column some tools write first.
    public static let acled = ExportSchema(
        export: .incidents,
        columns: [
            "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
            "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities",
        ],
        required: ["event_id_cnty", "event_date", "event_type", "sub_event_type", "admin1"])

    /// DPPADPOSS-FATALITIES: one row per peacekeeper who died.
    public static let unFatalities = ExportSchema(
        export: .unFatalities,
        columns: [
            "id", "incident_date", "casualty_id", "mission_acronym", "type_of_casualty", "gender",
            "casualty_nationality", "casualty_personnel_type", "type_of_incident", "m49_code", "isocode3",
            "last_update",
        ],
        required: ["id", "incident_date", "mission_acronym"])
}
