/// The party attacked (or, for an IED find, the party that found the device).
public enum Party: String, CaseIterable, Sendable, Codable {
    case minusma
    case nationalForces = "national_forces"
    case internationalForces = "international_forces"
    case civilians
    case armedGroups = "armed_groups"
    case other
}
