import Drawing

/// One colour, one meaning, in every chart. The four attack types own the Okabe–Ito colour-blind-safe
/// hues (IED is always vermillion); IED finds take the Okabe–Ito green; zones, victims and the UN's
/// incident types use families of their own that no attack type shares; a chart of a single series
/// uses the neutral slate, which means nothing but "the one thing this chart counts".
public enum Palette {
    public static let ink = Color(hex: 0x1A1A1A)
    public static let secondaryInk = Color(hex: 0x555555)
    public static let gridline = Color(hex: 0xDDDDDD)
    /// A chart of one series.
    public static let neutral = Color(hex: 0x4A5D6E)
    /// A bar that stands for several categories together ("12 other countries").
    public static let other = Color(hex: 0xA6A6A6)

    /// Key → colour. Keys that name the same thing (`ied`, `ied_attacks`) share a colour; no colour
    /// stands for two different things (a test checks it).
    static let byKey: [String: Color] = [
        // Attack types (Okabe–Ito).
        "ied": Color(hex: 0xD55E00), "ied_attacks": Color(hex: 0xD55E00),
        "indirect_fire": Color(hex: 0xE69F00), "small_arms_fire": Color(hex: 0x0072B2),
        "complex": Color(hex: 0xCC79A7),
        "ied_finds": Color(hex: 0x009E73),
        // Zones: a dark-to-light teal family, told apart by lightness as well as hue.
        "northern": Color(hex: 0x17475A), "central": Color(hex: 0x4E9BB0), "southern": Color(hex: 0xA9D4DE),
        // Victims: killed, the civilians among them (drawn inside), injured.
        "killed": Color(hex: 0x3D3D3D), "killed_civilians": Color(hex: 0xF0E442), "injured": Color(hex: 0x9C9C9C),
        // The UN's types of incident: an earth family.
        "malicious_act": Color(hex: 0x7A3B12), "accident": Color(hex: 0xC08A4A), "illness": Color(hex: 0x8C9A3C),
        "self_inflicted": Color(hex: 0x6B5A8E), "other_un": Color(hex: 0xCFC6B8),
        // Arms-flow monitoring: the two exports, a purple family; Box 3's three counts, a green family.
        "arms": Color(hex: 0x5E3C99), "ammunition": Color(hex: 0xB2ABD2),
        "countries": Color(hex: 0x1B5E20), "production_years": Color(hex: 0x66A861), "regions": Color(hex: 0xC7E9C0),
        // The perpetrators' groups on the maps: a wine and an indigo of their own, a khaki, a pale grey
        // for the unrecorded.
        "jnim": Color(hex: 0x8E1B3A), "islamic_state": Color(hex: 0x2E2A6E), "other_group": Color(hex: 0xA89A5B),
        "unattributed": Color(hex: 0xD5D5D5),
        // Map 3's samples, one hue each.
        "sample_1": Color(hex: 0xC2185B), "sample_2": Color(hex: 0x1565C0), "sample_3": Color(hex: 0x2E7D32),
        "sample_4": Color(hex: 0xEF6C00), "sample_5": Color(hex: 0x6A1B9A),
        "neutral": neutral, "other": other,
    ]

    /// Keys that are the same category under two names, allowed to share a colour.
    static let synonyms: [Set<String>] = [["ied", "ied_attacks"]]

    /// The colour of a category key; unknown keys fall back to the neutral colour.
    public static func color(for key: String) -> Color { byKey[key] ?? neutral }
}
