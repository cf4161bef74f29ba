import Drawing

/// The Okabe–Ito colour-blind-safe palette, assigned once per category so that a category has the
/// same colour in every chart (IED is always vermillion). Distinct in greyscale by lightness too.
public enum Palette {
    public static let orange = Color(hex: 0xE69F00)
    public static let skyBlue = Color(hex: 0x56B4E9)
    public static let bluishGreen = Color(hex: 0x009E73)
    public static let yellow = Color(hex: 0xF0E442)
    public static let blue = Color(hex: 0x0072B2)
    public static let vermillion = Color(hex: 0xD55E00)
    public static let reddishPurple = Color(hex: 0xCC79A7)
    public static let grey = Color(hex: 0x999999)

    public static let ink = Color(hex: 0x1A1A1A)
    public static let secondaryInk = Color(hex: 0x555555)
    public static let gridline = Color(hex: 0xDDDDDD)

    static let byKey: [String: Color] = [
        "ied": vermillion, "ied_attacks": vermillion, "ied_finds": bluishGreen,
        "indirect_fire": orange, "small_arms_fire": blue, "complex": reddishPurple,
        "northern": blue, "central": orange, "southern": bluishGreen,
        "killed": vermillion, "injured": skyBlue, "killed_civilians": yellow,
        "minusma": blue, "samples": blue, "rcied": vermillion, "share": blue,
        "other": grey,
        "malicious_act": vermillion, "accident": orange, "illness": skyBlue, "self_inflicted": reddishPurple,
    ]

    /// The colour of a category key; unknown keys fall back to a neutral blue.
    public static func color(for key: String) -> Color { byKey[key] ?? blue }
}
