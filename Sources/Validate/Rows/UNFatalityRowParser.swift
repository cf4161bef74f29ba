import BriefModel
import Ingest

/// Rows of the UN's DPPADPOSS-FATALITIES file: the selected mission's are read, the others filtered.
struct UNFatalityRowParser: RowParser {
    let context: ValidationContext
    let missionKey: String
    private let types = try! LabelVocabulary(Self.incidentTypes)

    init(context: ValidationContext, mission: String) {
        self.context = context
        missionKey = LabelKey.fold(mission)
    }

    private static let incidentTypes: [(UNIncidentType, [String])] = [
        (.maliciousAct, ["Malicious Act", "malicious_act"]), (.accident, ["Accident"]), (.illness, ["Illness"]),
        (.selfInflicted, ["Self-Inflicted", "self_inflicted"]),
    ]

    func filterReason(_ row: RowChecker<UNFatalityColumn>) -> FilterReason? {
        guard let value = row.text(.missionAcronym), LabelKey.fold(value) != missionKey else { return nil }
        return .otherMission
    }

    func parse(_ row: inout RowChecker<UNFatalityColumn>) -> UNFatality? {
        let id = row.required(.id)
        let date = row.required(.incidentDate, context.decoders.date)
        let mission = row.required(.missionAcronym)
        // To Be Determined, Unknown, blank and anything else count as "other", as public-data.md says.
        let type = row.text(.typeOfIncident).flatMap { types.match($0) } ?? .other
        guard row.faults.isEmpty, let id, let date, let mission else { return nil }
        return UNFatality(id: id, date: date, mission: mission, incidentType: type)
    }
}
