import BriefModel

/// The accepted labels of the arms vocabularies.
enum MaterielLabels {
    static let armsCategories: [(ArmsCategory, [String])] = ArmsCategory.allCases.map { category in
        let more: [ArmsCategory: [String]] = [
            .assaultRifle: ["AK", "fusil d'assaut", "assault rifle"],
            .machineGun: ["GPMG", "PKM", "machine gun", "mitrailleuse"],
            .heavyMachineGun: ["HMG", "DShK", "heavy machine gun", "mitrailleuse lourde"],
            .rpgLauncher: ["RPG-7", "RPG", "rpg launcher", "lance-roquettes"],
            .rpgRound: ["rpg round", "roquette RPG"],
            .mortarRound: ["obus de mortier", "mortar round", "mortar"],
            .rocket: ["roquette"],
            .antiVehicleMine: ["mine antichar", "AV mine", "anti-vehicle mine", "anti-tank mine"],
            .grenade: ["grenade"],
            .other: ["autre"],
        ]
        return (category, [category.rawValue] + (more[category] ?? []))
    }

    static let contexts: [(RecoveryContext, [String])] = [
        (.attackSite, ["attack_site", "site d'attaque"]),
        (.cache, ["cache", "cache d'armes"]),
        (.seizure, ["seizure", "saisie"]),
        (.apprehension, ["apprehension", "arrestation"]),
        (.other, ["other", "autre"]),
    ]
}
