import BriefModel
import Foundation

/// CSV text the way the mission's tools write it: a delimiter, a line ending, quotes where needed.
struct ExportText {
    let delimiter: Character
    let lineEnding: String
    private(set) var lines: [String] = []

    init(header: [String], delimiter: Character = ",", lineEnding: String = "\n") {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        lines.append(header.joined(separator: String(delimiter)))
    }

    mutating func add(_ fields: [String]) { lines.append(fields.map(quote).joined(separator: String(delimiter))) }

    /// A line written as is: for the deliberately malformed rows.
    mutating func addRaw(_ line: String) { lines.append(line) }

    mutating func insert(_ fields: [String], at index: Int) {
        lines.insert(fields.map(quote).joined(separator: String(delimiter)), at: min(max(1, index), lines.count))
    }

    var text: String { lines.joined(separator: lineEnding) + lineEnding }

    private func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The ways analysts write the same value.
enum Spelling {
    static func date(_ date: CivilDate, _ rng: inout SeededGenerator) -> String {
        let mois = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ]
        let dd = date.day < 10 ? "0\(date.day)" : "\(date.day)", mm = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        switch rng.pick([(0, 0.6), (1, 0.18), (2, 0.08), (3, 0.08), (4, 0.06)]) {
        case 1: return "\(dd)/\(mm)/\(date.year)"
        case 2: return date.longEnglish
        case 3: return "\(date.day == 1 ? "1er" : String(date.day)) \(mois[date.month - 1]) \(date.year)"
        case 4: return "\(date)T\(rng.int(10...23)):\(rng.int(10...59)):00Z"
        default: return date.description
        }
    }

    static func region(_ region: Region, _ rng: inout SeededGenerator) -> String {
        let variants: [Region: [String]] = [
            .timbuktu: ["Tombouctou", "Timbuktu", "TOMBOUCTOU"], .menaka: ["Ménaka", "Menaka"],
            .segou: ["Ségou", "Segou"], .taoudeni: ["Taoudénit", "Taoudeni"], .bamako: ["Bamako", "District de Bamako"],
            .nioro: ["Nioro du Sahel", "Nioro"], .dioila: ["Dioïla", "Dioila"],
        ]
        let choice = rng.pick(variants[region] ?? [region.name])
        return rng.chance(0.05) ? choice.uppercased() + " " : choice
    }

    static func category(_ category: IncidentCategory, _ rng: inout SeededGenerator) -> String {
        let labels: [IncidentCategory: [(String, Double)]] = [
            .ied: [("IED", 0.6), ("EEI", 0.15), ("IED attack", 0.15), ("mine/IED", 0.1)],
            .iedFind: [("IED find", 0.5), ("IED neutralised", 0.2), ("EEI découvert", 0.2), ("IED cleared", 0.1)],
            .indirectFire: [("indirect fire", 0.5), ("IDF", 0.2), ("tirs indirects", 0.15), ("rocket attack", 0.15)],
            .smallArmsFire: [("small arms fire", 0.5), ("SAF", 0.2), ("tirs directs", 0.15), ("Attaque armée", 0.15)],
            .complex: [("complex attack", 0.6), ("Attaque complexe", 0.4)],
            .other: [("other", 0.3), ("kidnapping", 0.3), ("enlèvement", 0.2), ("arson", 0.2)],
        ]
        return rng.pick(labels[category]!)
    }

    static func party(_ party: Party, _ rng: inout SeededGenerator) -> String {
        let labels: [Party: [(String, Double)]] = [
            .minusma: [("MINUSMA", 0.7), ("UN", 0.1), ("casques bleus", 0.1), ("ONU", 0.1)],
            .nationalForces: [("FAMa", 0.7), ("Forces armées maliennes", 0.15), ("gendarmerie", 0.15)],
            .internationalForces: [("Barkhane", 0.6), ("Takuba", 0.2), ("French forces", 0.2)],
            .civilians: [("civilians", 0.6), ("civils", 0.2), ("population", 0.2)],
            .armedGroups: [("CMA", 0.5), ("Plateforme", 0.5)],
            .other: [("other", 0.5), ("inconnu", 0.5)],
        ]
        return rng.pick(labels[party]!)
    }

    static func iedType(_ type: IEDType, _ rng: inout SeededGenerator) -> String {
        let labels: [IEDType: [(String, Double)]] = [
            .rcied: [("RCIED", 0.6), ("radio-controlled", 0.2), ("EEI radiocommandé", 0.2)],
            .victimOperated: [("VOIED", 0.5), ("pressure plate", 0.3), ("plaque de pression", 0.2)],
            .commandWire: [("CWIED", 0.6), ("command wire", 0.4)],
            .timer: [("timer", 0.5), ("TPU", 0.5)],
            .suicide: [("SVBIED", 0.5), ("VBIED", 0.3), ("PBIED", 0.2)],
            .unknown: [("", 0.7), ("inconnu", 0.15), ("unknown", 0.15)],
        ]
        return rng.pick(labels[type]!)
    }

    /// A count as written: zero is sometimes left blank or marked unknown (which sums the same).
    static func count(_ count: Count, _ rng: inout SeededGenerator) -> String {
        guard case .known(let n) = count else { return "" }
        if n == 0 { return rng.pick([("0", 0.85), ("", 0.1), ("inconnu", 0.03), ("n/a", 0.02)]) }
        return String(n)
    }
}
