/// One person in the UN's peacekeeping fatalities dataset (DPPADPOSS-FATALITIES), of the selected mission.
public struct UNFatality: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var mission: String
    public var incidentType: UNIncidentType

    public init(id: String, date: CivilDate, mission: String, incidentType: UNIncidentType) {
        self.id = id
        self.date = date
        self.mission = mission
        self.incidentType = incidentType
    }
}

/// The UN's `type_of_incident`, as the columns of `un-fatalities-per-year`.
public enum UNIncidentType: String, CaseIterable, Sendable, Codable {
    case maliciousAct = "malicious_act"
    case accident
    case illness
    case selfInflicted = "self_inflicted"
    /// To Be Determined, Unknown and anything else.
    case other
}
