/// Killed and injured of one victim group in one incident.
public struct Toll: Hashable, Sendable, Codable {
    public var killed: Count
    public var injured: Count

    public init(killed: Count = .unknown, injured: Count = .unknown) {
        self.killed = killed
        self.injured = injured
    }
}

/// Victims of an incident by group. Assailants are kept apart: they are never victims.
public struct Casualties: Hashable, Sendable, Codable {
    public var unMilitary = Toll()
    public var unAssociated = Toll()
    public var security = Toll()
    public var civilians = Toll()
    /// Deaths whose group is not recorded (ACLED's `fatalities`).
    public var killedUnspecified: Count = .unknown
    public var assailantsKilled: Count = .unknown

    public init() {}

    public var victimsKilled: Int {
        unMilitary.killed.value + unAssociated.killed.value + security.killed.value
            + civilians.killed.value + killedUnspecified.value
    }

    public var victimsInjured: Int {
        unMilitary.injured.value + unAssociated.injured.value + security.injured.value + civilians.injured.value
    }

    /// MINUSMA fatalities: uniformed peacekeepers and civilian staff killed.
    public var unKilled: Int { unMilitary.killed.value + unAssociated.killed.value }
}
