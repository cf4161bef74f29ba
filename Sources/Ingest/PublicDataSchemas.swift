import BriefModel

/// An ACLED event export, read as the incidents export (public-data.md). Other columns are ignored,
/// as is an unnamed index column some tools write first.
public enum AcledColumn: Int, ExportColumn {
    case eventID, eventDate, eventType, subEventType, actor1, associate1, actor2, associate2, admin1, location
    case latitude, longitude, source, notes, fatalities

    public static let export = ExportKind.incidents
    public static let required: Set<Self> = [.eventID, .eventDate, .eventType, .subEventType, .admin1]
    public static let schema = ExportSchema(Self.self)

    public var name: String {
        switch self {
        case .eventID: "event_id_cnty"
        case .eventDate: "event_date"
        case .eventType: "event_type"
        case .subEventType: "sub_event_type"
        case .actor1: "actor1"
        case .associate1: "assoc_actor_1"
        case .actor2: "actor2"
        case .associate2: "assoc_actor_2"
        case .admin1: "admin1"
        case .location: "location"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .source: "source"
        case .notes: "notes"
        case .fatalities: "fatalities"
        }
    }
}

/// DPPADPOSS-FATALITIES, the UN's file of peacekeeper deaths: one row per peacekeeper who died.
public enum UNFatalityColumn: Int, ExportColumn {
    case id, incidentDate, casualtyID, missionAcronym, typeOfCasualty, gender, casualtyNationality
    case casualtyPersonnelType, typeOfIncident, m49Code, isocode3, lastUpdate

    public static let export = ExportKind.unFatalities
    public static let required: Set<Self> = [.id, .incidentDate, .missionAcronym]
    public static let schema = ExportSchema(Self.self)

    public var name: String {
        switch self {
        case .id: "id"
        case .incidentDate: "incident_date"
        case .casualtyID: "casualty_id"
        case .missionAcronym: "mission_acronym"
        case .typeOfCasualty: "type_of_casualty"
        case .gender: "gender"
        case .casualtyNationality: "casualty_nationality"
        case .casualtyPersonnelType: "casualty_personnel_type"
        case .typeOfIncident: "type_of_incident"
        case .m49Code: "m49_code"
        case .isocode3: "isocode3"
        case .lastUpdate: "last_update"
        }
    }
}
