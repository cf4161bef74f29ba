import BriefModel

/// The accepted labels of the incident vocabularies, as the exports contract lists them.
enum IncidentLabels {
    static let categories: [(IncidentCategory, [String])] = [
        (.ied, ["ied", "IED attack", "IED strike", "EEI", "engin explosif improvise", "mine", "landmine", "mine/IED"]),
        (
            .iedFind,
            [
                "ied_find", "IED find", "IED found", "IED discovered", "IED cleared", "IED neutralised",
                "IED neutralized", "EEI decouvert", "EEI neutralise",
            ]
        ),
        (
            .indirectFire,
            [
                "indirect_fire", "IDF", "rocket attack", "mortar attack", "rockets/mortars", "rocket and mortar",
                "shelling", "tirs indirects", "tir indirect",
            ]
        ),
        (.smallArmsFire, ["small_arms_fire", "SAF", "direct fire", "tirs directs", "attaque armee"]),
        (.complex, ["complex", "complex attack", "attaque complexe"]),
        (.other, ["other", "autre", "kidnapping", "enlevement", "abduction", "arson", "incendie", "sabotage"]),
    ]

    static let parties: [(Party, [String])] = [
        (.minusma, ["minusma", "UN", "United Nations", "ONU", "peacekeepers", "casques bleus", "UN peacekeepers"]),
        (
            .nationalForces,
            [
                "national_forces", "FAMa", "Malian armed forces", "FDSM", "forces armees maliennes", "gendarmerie",
                "garde nationale", "police",
            ]
        ),
        (
            .internationalForces,
            [
                "international_forces", "Barkhane", "Serval", "Takuba", "French forces", "forces francaises", "EUTM",
            ]
        ),
        (.civilians, ["civilians", "civilian", "civils", "population", "civilian population"]),
        (
            .armedGroups,
            [
                "armed_groups", "CMA", "Plateforme", "Platform", "signatory armed groups",
                "groupes armes signataires",
            ]
        ),
        (.other, ["other", "autre", "unknown", "inconnu"]),
    ]

    static let iedTypes: [(IEDType, [String])] = [
        (.rcied, ["rcied", "radio-controlled", "remote-controlled", "remote controlled IED", "EEI radiocommande"]),
        (.victimOperated, ["victim_operated", "VOIED", "pressure plate", "plaque de pression"]),
        (.commandWire, ["command_wire", "CWIED"]),
        (.timer, ["timer", "time", "TPU"]),
        (.suicide, ["suicide", "SVBIED", "VBIED", "PBIED"]),
        (.unknown, ["unknown", "inconnu", "n/a", "na"]),
    ]

    static let regions: [(Region, [String])] = Region.allCases.map { region in
        let spellings: [Region: [String]] = [
            .menaka: ["Menaka"], .timbuktu: ["Tombouctou", "Tomboctou", "Tombouctu"],
            .taoudeni: ["Taoudénit", "Taoudenit", "Taoudenni"], .bandiagara: ["Bandigara"],
            .bamako: ["District de Bamako", "Bamako District"], .nioro: ["Nioro du Sahel"],
        ]
        return (region, [region.name] + (spellings[region] ?? []))
    }
}
