import BriefModel

/// public-data.md's approximation of the brief's categories and parties from ACLED's fields.
enum AcledMapping {
    /// Not incidents at all: filtered, neither accepted nor rejected.
    static let notIncidents: Set = ["protests", "riots", "strategic developments"]

    static func category(subEventType: String, notes: String) -> (IncidentCategory, IEDType) {
        let sub = LabelKey.fold(subEventType)
        let attack: (IncidentCategory, IEDType)
        switch sub {
        case "disrupted weapons use": return (mentionsExplosives(notes) ? .iedFind : .other, .unknown)
        case "remote explosive/landmine/ied": attack = (.ied, .unknown)
        case "suicide bomb": attack = (.ied, .suicide)
        case "shelling/artillery/missile attack": attack = (.indirectFire, .unknown)
        case "armed clash", "attack": attack = (.smallArmsFire, .unknown)
        default: return (.other, .unknown)
        }
        let lower = notes.lowercased()
        if lower.contains("complex attack") || lower.contains("complex ambush") { return (.complex, attack.1) }
        return attack
    }

    /// IED(s), explosive device(s), mine(s), landmine(s) as whole words, in any case.
    static func mentionsExplosives(_ notes: String) -> Bool {
        let words = notes.lowercased().split { !$0.isLetter }.map(String.init)
        let single: Set = ["ied", "ieds", "mine", "mines", "landmine", "landmines"]
        if words.contains(where: single.contains) { return true }
        return zip(words, words.dropFirst()).contains { $0 == "explosive" && ($1 == "device" || $1 == "devices") }
    }

    /// From actor2, then assoc_actor_2: the first that one of the rules decides; otherwise `other`.
    static func party(actor2: String?, associated: String?) -> Party {
        for actor in [actor2, associated].compactMap({ $0 }) {
            if let party = decide(actor) { return party }
        }
        return .other
    }

    private static func decide(_ actor: String) -> Party? {
        if actor.contains("MINUSMA") { return .minusma }
        if actor.hasPrefix("Military Forces of Mali") || actor.hasPrefix("Police Forces of Mali") { return .nationalForces }
        if actor.hasPrefix("Military Forces of") || ["Barkhane", "Takuba", "G5 Sahel"].contains(where: actor.contains) {
            return .internationalForces
        }
        if actor.hasPrefix("Civilians") { return .civilians }
        return nil
    }
}
