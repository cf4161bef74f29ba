import BriefModel
import Ingest

struct IncidentRowParser: RowParser {
    let context: ValidationContext

    /// The count columns in `IncidentColumns.CountField` order: killed and injured for each group of
    /// `Casualties`, then the deaths of no recorded group and the assailants killed.
    static let countColumns: [IncidentColumn] = [
        .killedUNMilitary, .injuredUNMilitary, .killedUNAssociated, .injuredUNAssociated, .killedSecurity,
        .injuredSecurity, .killedCivilians, .injuredCivilians, .killedUnspecified, .assailantsKilled,
    ]

    func parse(_ row: inout RowChecker<IncidentColumn>) -> Incident? {
        let decode = context.decoders
        let id = row.required(.incidentID)
        let date = row.required(.date, decode.date)
        let region = row.required(.region, decode.region)
        let coordinate = row.coordinate(latitude: .latitude, longitude: .longitude)
        let category = row.required(.category, decode.category)
        let party = row.required(.party, decode.party)
        let iedType = row.optional(.iedType, decode.iedType)
        if iedType == nil || iedType == .unknown, let category, category.involvesIED {
            row.noteUnknown(.iedType)
        }
        var casualties = Casualties()
        let groups: [WritableKeyPath<Casualties, Toll>] = [\.unMilitary, \.unAssociated, \.security, \.civilians]
        for (index, group) in groups.enumerated() {
            let killed = row.count(Self.countColumns[2 * index], decode.count)
            let injured = row.count(Self.countColumns[2 * index + 1], decode.count)
            casualties[keyPath: group] = Toll(killed: killed ?? .unknown, injured: injured ?? .unknown)
        }
        // Read only when given (ACLED's column); blank stays unknown, unnoted.
        if row.text(.killedUnspecified) != nil {
            casualties.killedUnspecified = row.count(.killedUnspecified, decode.count) ?? .unknown
        }
        casualties.assailantsKilled = row.count(.assailantsKilled, decode.count) ?? .unknown

        guard row.faults.isEmpty, let id, let date, let region, let category, let party else { return nil }
        return Incident(
            id: id, date: date, region: region, category: category, party: party, iedType: iedType ?? .unknown,
            casualties: casualties, locality: row.optionalText(.locality), coordinate: coordinate,
            perpetrator: row.optionalText(.perpetrator), caseFile: row.optionalText(.caseFile),
            source: row.optionalText(.source))
    }
}
