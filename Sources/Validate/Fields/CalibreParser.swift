import BriefModel

/// Reads the calibre spellings of the contract (`7,62×39`, `7.62 x 54 R`, `81 mm`, `81`) into one form.
public struct CalibreParser: FieldDecoder {
    func decode(_ text: String) -> Result<Calibre, FieldFault> {
        if let calibre = Self.parse(text) { return .success(calibre) }
        return .failure(
            FieldFault(.badCalibre, "cannot be read as a calibre (expected e.g. 7.62x39mm, 7.62x54mmR or 81mm)"))
    }

    public static func parse(_ text: String) -> Calibre? {
        var s = text.lowercased().replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "×", with: "x")
        s.removeAll { $0 == " " }
        var rest = Substring(s)
        guard let bore = number(&rest), bore > 0, bore <= 500 else { return nil }
        var caseLength: Double?
        if rest.hasPrefix("x") {
            rest = rest.dropFirst()
            // Bounded like the bore: a 25-digit "case length" is a typing error, not a cartridge.
            guard let length = number(&rest), length > 0, length <= 1_000 else { return nil }
            caseLength = length
        }
        if rest.hasPrefix("mm") { rest = rest.dropFirst(2) }
        var rimmed = false
        if rest == "r", caseLength != nil {
            rimmed = true
            rest = ""
        }
        guard rest.isEmpty else { return nil }
        return Calibre(millimetres: bore, caseLength: caseLength, rimmed: rimmed)
    }

    private static func number(_ text: inout Substring) -> Double? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !digits.isEmpty, let value = Double(digits) else { return nil }
        text = text.dropFirst(digits.count)
        return value
    }
}
