import BriefModel

/// public-data.md's approximation of the brief's categories and parties from ACLED's fields.
enum AcledMapping {
    /// Not incidents at all: filtered, neither accepted nor rejected.
    static let notIncidents: Set = ["protests", "riots", "strategic developments"]
    static let disruptedWeaponsUse = "disrupted weapons use"

    /// Rules 2–5. A disrupted weapon is a find only when its first actor is not an extremist group: a
    /// device that went off while its makers planted it is no find.
    static func category(subEventType: String, notes: String, actedOnByExtremist: Bool) -> (IncidentCategory, IEDType) {
        let sub = LabelKey.fold(subEventType)
        let attack: (IncidentCategory, IEDType)
        switch sub {
        case disruptedWeaponsUse: return (!actedOnByExtremist && mentionsExplosives(notes) ? .iedFind : .other, .unknown)
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

    /// ACLED's unknown attacker.
    static func isUnidentified(_ actor: String?) -> Bool {
        actor.map { $0.lowercased().hasPrefix("unidentified armed group") } ?? false
    }

    /// Whether `actor` names one of `names` as a whole word or phrase, in any case.
    static func names(_ actor: String, containAnyOf names: [String]) -> Bool {
        let words = actor.lowercased().split { !$0.isLetter && !$0.isNumber }
        return names.contains { name in
            let wanted = name.lowercased().split { !$0.isLetter && !$0.isNumber }
            guard !wanted.isEmpty, wanted.count <= words.count else { return false }
            return (0...(words.count - wanted.count)).contains { Array(words[$0..<$0 + wanted.count]) == wanted }
        }
    }

    /// From an actor, then its associate: the first that one of the rules decides; otherwise `other`.
    static func party(_ actor: String?, _ associated: String?) -> Party {
        for actor in [actor, associated].compactMap({ $0 }) {
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
