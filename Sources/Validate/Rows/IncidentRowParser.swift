import BriefModel
import Ingest

struct IncidentRowParser: RowParser {
    let context: ValidationContext
    var schema: ExportSchema { .incidents }

    func parse(_ row: inout RowChecker) -> Incident? {
        let words = context.vocabularies
        let id = row.required("incident_id")
        let date = row.date("date", context)
        let region = row.label("region", words.regions, .unknownRegion, expected: "region of Mali")
        let coordinate = row.coordinate()
        let category = row.label("category", words.categories, .unknownCategory, expected: "incident category")
        let party = row.label("party", words.parties, .unknownParty, expected: "party")
        let iedType = row.optionalLabel("ied_type", words.iedTypes, .unknownIEDType, expected: "IED type")
        if iedType == nil || iedType == .unknown, let category, category.involvesIED {
            row.noteUnknown("ied_type")
        }
        var casualties = Casualties()
        let tolls: [(String, String, WritableKeyPath<Casualties, Toll>)] = [
            ("killed_un_military", "injured_un_military", \.unMilitary),
            ("killed_un_associated", "injured_un_associated", \.unAssociated),
            ("killed_security", "injured_security", \.security),
            ("killed_civilians", "injured_civilians", \.civilians),
        ]
        for (killed, injured, group) in tolls {
            casualties[keyPath: group] = Toll(killed: row.count(killed) ?? .unknown, injured: row.count(injured) ?? .unknown)
        }
        if row.text("killed_unspecified") != nil { casualties.killedUnspecified = row.count("killed_unspecified") ?? .unknown }
        casualties.assailantsKilled = row.count("assailants_killed") ?? .unknown

        guard row.faults.isEmpty, let id, let date, let region, let category, let party else { return nil }
        return Incident(
            id: id, date: date, region: region, category: category, party: party, iedType: iedType ?? .unknown,
            casualties: casualties, locality: row.optionalText("locality"), coordinate: coordinate,
            perpetrator: row.optionalText("perpetrator"), caseFile: row.optionalText("case_file"),
            source: row.optionalText("source"))
    }
}
