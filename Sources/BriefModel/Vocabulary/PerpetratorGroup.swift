/// Who carried out an attack, as the maps group them: the perpetrator field (or ACLED's first actor)
/// matched through aliases, as whole words or phrases in any case.
public enum PerpetratorGroup: String, CaseIterable, Sendable {
    /// Jama'at Nusrat al-Islam wal-Muslimin and the groups that merged into it or act with it.
    case jnim
    /// Islamic State Sahel (formerly Islamic State in the Greater Sahara).
    case islamicState = "islamic_state"
    /// A named perpetrator that is neither.
    case otherGroup = "other_group"
    /// No perpetrator recorded, or an unidentified one.
    case unattributed

    /// The aliases of each group, matched as whole words or phrases (ACLED's actor names included).
    public static let aliases: [(PerpetratorGroup, [String])] = [
        (
            .jnim,
            [
                "JNIM", "GSIM", "Group for Support of Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin",
                "Jamaat Nusrat al Islam", "AQIM", "Al Qaeda", "Al-Qaeda", "Ansar Dine", "Katiba Macina",
                "Macina Liberation Front", "FLM", "Al Mourabitoune", "Ansaroul Islam",
            ]
        ),
        (
            .islamicState,
            [
                "ISGS", "ISSP", "IS Sahel", "Islamic State", "EIGS", "Etat islamique", "État islamique", "EI Sahel",
                "MUJAO",
            ]
        ),
        (.unattributed, ["unknown", "inconnu", "unidentified", "non identifié", "Unidentified Armed Group", "n/a", "?", "-"]),
    ]

    /// The group of a perpetrator as recorded; nil or blank is unattributed.
    public static func classify(_ perpetrator: String?) -> PerpetratorGroup {
        guard let text = perpetrator?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return .unattributed }
        let words = Self.words(text)
        for (group, names) in aliases where names.contains(where: { Self.contains(words, Self.words($0)) }) {
            return group
        }
        // A lone punctuation token ("?", "-") is unattributed too.
        return words.isEmpty ? .unattributed : .otherGroup
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<$0 + phrase.count]) == phrase }
    }
}
