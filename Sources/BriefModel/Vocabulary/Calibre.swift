/// A calibre in its one normalised spelling (`7.62x39mm`, `7.62x54mmR`, `81mm`).
public struct Calibre: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first number of the calibre: the bore in millimetres.
    public let millimetres: Double
    /// The case length in millimetres, for cartridge calibres; nil for projectile calibres.
    public let caseLength: Double?
    /// Rimmed cartridges carry an `R` (`7.62x54mmR`).
    public let rimmed: Bool

    public init(millimetres: Double, caseLength: Double? = nil, rimmed: Bool = false) {
        self.millimetres = millimetres
        self.caseLength = caseLength
        self.rimmed = rimmed
    }

    /// The calibre a `description` names (`7.62x39mm`, `7.62x54mmR`, `57mm`), for a label built
    /// from one; nil for any other text.
    public init?(description: String) {
        guard description.hasSuffix("mm") || description.hasSuffix("mmR") else { return nil }
        let rimmed = description.hasSuffix("R")
        let numbers = description.dropLast(rimmed ? 3 : 2).split(separator: "x", omittingEmptySubsequences: false)
        guard (1...2).contains(numbers.count), let bore = Double(numbers[0]), bore > 0 else { return nil }
        let caseLength = numbers.count == 2 ? Double(numbers[1]) : nil
        guard numbers.count == 1 || caseLength != nil, !rimmed || caseLength != nil else { return nil }
        self.init(millimetres: bore, caseLength: caseLength, rimmed: rimmed)
        guard self.description == description else { return nil }
    }

    public var isCartridge: Bool { caseLength != nil }

    public var description: String {
        let bore = Self.format(millimetres)
        guard let caseLength else { return "\(bore)mm" }
        return "\(bore)x\(Self.format(caseLength))mm\(rimmed ? "R" : "")"
    }

    /// As a publication writes it in text (UN editorial style): `7.62 × 39 mm`, `7.62 × 54R mm`,
    /// `57 mm`, with `numbers`' decimal separator (`7,62 × 39 mm` in French) and no-break spaces, so a
    /// calibre is never cut at a line's end. `description` stays the canonical key of the data.
    public func written(_ numbers: NumberFormat) -> String {
        let space = "\u{00A0}"
        func number(_ value: Double) -> String {
            Self.format(value).replacingOccurrences(of: ".", with: numbers.decimalSeparator)
        }
        guard let caseLength else { return number(millimetres) + space + "mm" }
        return number(millimetres) + space + "×" + space + number(caseLength) + (rimmed ? "R" : "") + space + "mm"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
