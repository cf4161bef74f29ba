/// How numbers are written for readers in one language: the thousands separator, the decimal
/// separator and where the percent sign goes. English: `2,327`, `8.3%`; French: `2 327` (a narrow
/// no-break space), `8,3 %` (a no-break space).
public struct NumberFormat: Hashable, Sendable {
    public var groupSeparator: String
    public var decimalSeparator: String
    /// `{n}%` or `{n} %`: where the number stands beside the sign.
    public var percentPattern: String

    public init(groupSeparator: String, decimalSeparator: String, percentPattern: String) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
        self.percentPattern = percentPattern
    }

    public static let english = NumberFormat(groupSeparator: ",", decimalSeparator: ".", percentPattern: "{n}%")

    /// A whole number with thousands separators: `2,327`, `2 327`.
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += groupSeparator }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// A number with exactly `decimals` decimals (none: a grouped whole number).
    public func decimal(_ value: Double, decimals: Int) -> String {
        guard decimals > 0, value.isFinite, abs(value) < 1e15 else { return count(Int(value.isFinite ? value.rounded() : 0)) }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = Int((abs(value) * factor).rounded())
        let whole = scaled / Int(factor), fraction = String(scaled % Int(factor))
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + count(whole) + decimalSeparator + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// A fraction as a percentage: `27%`, or `8.3%` with one decimal when asked.
    public func percent(_ fraction: Double, decimals: Int = 0) -> String {
        percentPattern.replacing("{n}", with: decimal(fraction * 100, decimals: decimals))
    }

    /// A whole number grouped, anything else with four decimals, as a plain account of a value.
    public func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? count(Int(value)) : decimal(value, decimals: 4)
    }

    /// A value of a figure's series as the data tables print it: a share as a percentage with one
    /// decimal, a count plainly.
    public func value(_ value: Double, kind: Series.Kind) -> String {
        switch kind {
        case .share: percent(value, decimals: 1)
        case .count: plain(value)
        case .decimal: decimal(value, decimals: 2)
        }
    }
}

/// English number text, for logs and messages that are always in English.
public enum NumberText {
    /// `2,327`.
    public static func count(_ value: Int) -> String { NumberFormat.english.count(value) }

    /// `27%`, or `8.3%` with one decimal when asked.
    public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        NumberFormat.english.percent(fraction, decimals: decimals)
    }
}
