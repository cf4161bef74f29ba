/// How numbers are written for readers: thousands separators and percentages.
public enum NumberText {
    /// `2,327`.
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// `27%`, or `8.3%` with one decimal when asked.
    public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        let scaled = fraction * 100
        if decimals == 0 { return "\(Int(scaled.rounded()))%" }
        let factor = Double(10 * decimals)
        let rounded = (scaled * factor).rounded() / factor
        return "\(rounded)%"
    }
}
