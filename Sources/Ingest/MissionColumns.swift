import BriefModel

/// The incidents export's columns (exports.md).
public enum IncidentColumn: Int, ExportColumn {
    case incidentID, date, region, locality, latitude, longitude, category, party, iedType
    case killedUNMilitary, injuredUNMilitary, killedUNAssociated, injuredUNAssociated
    case killedSecurity, injuredSecurity, killedCivilians, injuredCivilians, killedUnspecified, assailantsKilled
    case perpetrator, caseFile, source

    public static let export = ExportKind.incidents
    public static let required: Set<Self> = [.incidentID, .date, .region, .category, .party]
    public static let schema = ExportSchema(Self.self)

    public var name: String {
        switch self {
        case .incidentID: "incident_id"
        case .date: "date"
        case .region: "region"
        case .locality: "locality"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .category: "category"
        case .party: "party"
        case .iedType: "ied_type"
        case .killedUNMilitary: "killed_un_military"
        case .injuredUNMilitary: "injured_un_military"
        case .killedUNAssociated: "killed_un_associated"
        case .injuredUNAssociated: "injured_un_associated"
        case .killedSecurity: "killed_security"
        case .injuredSecurity: "injured_security"
        case .killedCivilians: "killed_civilians"
        case .injuredCivilians: "injured_civilians"
        case .killedUnspecified: "killed_unspecified"
        case .assailantsKilled: "assailants_killed"
        case .perpetrator: "perpetrator"
        case .caseFile: "case_file"
        case .source: "source"
        }
    }
}

/// The arms export's columns (exports.md).
public enum ArmsColumn: Int, ExportColumn {
    case itemID, incidentID, recoveredDate, region, context, category, model, calibre, country, producer, year
    case quantity, notes

    public static let export = ExportKind.arms
    public static let required: Set<Self> = [.itemID, .recoveredDate, .region, .category]
    public static let schema = ExportSchema(Self.self)

    public var name: String {
        switch self {
        case .itemID: "item_id"
        case .incidentID: "incident_id"
        case .recoveredDate: "recovered_date"
        case .region: "region"
        case .context: "context"
        case .category: "category"
        case .model: "model"
        case .calibre: "calibre"
        case .country: "country"
        case .producer: "producer"
        case .year: "year"
        case .quantity: "quantity"
        case .notes: "notes"
        }
    }
}

/// The ammunition export's columns (exports.md).
public enum AmmunitionColumn: Int, ExportColumn {
    case recordID, incidentID, recoveredDate, region, calibre, headstamp, producer, country, year, quantity

    public static let export = ExportKind.ammunition
    public static let required: Set<Self> = [.recordID, .recoveredDate, .region, .calibre]
    public static let schema = ExportSchema(Self.self)

    public var name: String {
        switch self {
        case .recordID: "record_id"
        case .incidentID: "incident_id"
        case .recoveredDate: "recovered_date"
        case .region: "region"
        case .calibre: "calibre"
        case .headstamp: "headstamp"
        case .producer: "producer"
        case .country: "country"
        case .year: "year"
        case .quantity: "quantity"
        }
    }
}
