/// The kind of a documented weapon or item of heavy materiel.
public enum ArmsCategory: String, CaseIterable, Sendable, Codable {
    case assaultRifle = "assault_rifle"
    case machineGun = "machine_gun"
    case heavyMachineGun = "heavy_machine_gun"
    case rpgLauncher = "rpg_launcher"
    case rpgRound = "rpg_round"
    case mortarRound = "mortar_round"
    case rocket
    case antiVehicleMine = "anti_vehicle_mine"
    case grenade
    case other
}

extension ArmsCategory {
    /// The category in English words, as the monitoring data tables name kinds of materiel.
    public var englishName: String {
        switch self {
        case .assaultRifle: "assault rifle"
        case .machineGun: "machine gun"
        case .heavyMachineGun: "heavy machine gun"
        case .rpgLauncher: "RPG launcher"
        case .rpgRound: "RPG round"
        case .mortarRound: "mortar round"
        case .rocket: "rocket"
        case .antiVehicleMine: "anti-vehicle mine"
        case .grenade: "grenade"
        case .other: "other materiel"
        }
    }
}

/// Where an item was recovered.
public enum RecoveryContext: String, CaseIterable, Sendable, Codable {
    case attackSite = "attack_site"
    case cache, seizure, apprehension, other
}
