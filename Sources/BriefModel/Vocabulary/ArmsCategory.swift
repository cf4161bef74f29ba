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

/// Where an item was recovered.
public enum RecoveryContext: String, CaseIterable, Sendable, Codable {
    case attackSite = "attack_site"
    case cache, seizure, apprehension, other
}
