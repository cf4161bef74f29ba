/// What happened in an incident, by the canonical keys of the exports contract.
public enum IncidentCategory: String, CaseIterable, Sendable, Codable, Comparable {
    case ied
    case iedFind = "ied_find"
    case indirectFire = "indirect_fire"
    case smallArmsFire = "small_arms_fire"
    case complex
    case other

    /// The four categories that count as attacks, in the order every per-type series uses.
    public static let attackTypes: [IncidentCategory] = [.ied, .indirectFire, .smallArmsFire, .complex]

    public var isAttack: Bool { Self.attackTypes.contains(self) }

    /// Incidents that involve a device, so an IED type is expected: a missing one is recorded as unknown.
    public var involvesIED: Bool { [.ied, .iedFind, .complex].contains(self) }

    /// A label a reader of the brief understands.
    public var displayName: String {
        switch self {
        case .ied: "IED"
        case .iedFind: "IED find"
        case .indirectFire: "Indirect fire"
        case .smallArmsFire: "Small arms fire"
        case .complex: "Complex attack"
        case .other: "Other"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
