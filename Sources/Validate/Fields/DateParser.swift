import BriefModel

/// Reads the date forms of the exports contract. Day-first only: `03/04/2016` is 3 April.
public struct DateParser: Sendable, FieldDecoder {
    /// Dates after this day are refused: they cannot have happened yet.
    public let referenceDate: CivilDate

    public init(referenceDate: CivilDate) { self.referenceDate = referenceDate }

    public enum Failure: Error, Equatable {
        case unreadable, impossible, afterReference(CivilDate)

        public func message(field: String, text: String) -> String { fault.message(field: field, text: text) }

        var fault: FieldFault {
            let expected = "expected YYYY-MM-DD, DD/MM/YYYY or \"14 September 2016\""
            return switch self {
            case .unreadable: FieldFault(.badDate, "cannot be read as a date (\(expected))")
            case .impossible: FieldFault(.badDate, "is not a real date (\(expected))")
            case .afterReference(let reference): FieldFault(.badDate, "lies after the run's reference date \(reference)")
            }
        }
    }

    public func parse(_ text: String) -> Result<CivilDate, Failure> {
        guard let parts = Self.components(text) else { return .failure(.unreadable) }
        return date(parts)
    }

    /// Year, month and day checked for existence and against the reference date.
    private func date(_ parts: (year: Int, month: Int, day: Int)) -> Result<CivilDate, Failure> {
        guard let date = CivilDate(year: parts.year, month: parts.month, day: parts.day) else {
            return .failure(.impossible)
        }
        return date > referenceDate ? .failure(.afterReference(referenceDate)) : .success(date)
    }

    /// Year, month and day as written, not yet checked for existence.
    static func components(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var text = text
        return text.withUTF8 { numericComponents($0) } ?? writtenComponents(text)
    }

    /// `2016-09-14`, `2016-09-14T07:00:00Z`, `14/09/2016`, `14.09.2016`, `14-09-2016`; read from the
    /// bytes without arrays (the columnar reader's hot path), nil for anything else.
    @inline(__always)
    static func numericComponents(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var numbers = (0, 0, 0), widths = (0, 0, 0), separators: (UInt8, UInt8) = (0, 0)
        var count = 0, current = 0, width = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                width += 1
                guard width <= 4 else { return nil }
            } else {
                guard width > 0, count < 2, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
                else { break }
                if count == 0 {
                    (numbers.0, widths.0, separators.0) = (current, width, byte)
                } else {
                    (numbers.1, widths.1, separators.1) = (current, width, byte)
                }
                count += 1
                current = 0
                width = 0
            }
            index += 1
        }
        guard width > 0, count == 2, separators.0 == separators.1 else { return nil }
        (numbers.2, widths.2) = (current, width)
        let rest = bytes.count - index
        if widths.0 == 4 {
            // ISO: the time part, if any, starts with T or a space and is ignored.
            guard separators.0 == UInt8(ascii: "-"), widths.1 == 2, widths.2 == 2,
                rest == 0 || bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ")
            else { return nil }
            return numbers
        }
        guard rest == 0, widths.0 <= 2, widths.1 <= 2, widths.2 == 4 else { return nil }
        return (numbers.2, numbers.1, numbers.0)
    }

    func decode(_ text: String) -> Result<CivilDate, FieldFault> { parse(text).mapError(\.fault) }

    func directly(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<CivilDate, FieldFault>? {
        Self.numericComponents(bytes).map { date($0).mapError(\.fault) }
    }

    /// `14 September 2016`, `14 Sept 2016`, `14 sept. 2016`, `14 septembre 2016`, `1er avril 2021`, `1ᵉʳ avril 2021`.
    private static func writtenComponents(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let words = LabelKey.fold(text).split(separator: " ")
        guard words.count == 3, words[2].count == 4, let year = Int(words[2]) else { return nil }
        var dayText = Substring(words[0])
        for suffix in ["er", "ᵉʳ", "st", "nd", "rd", "th"] where dayText.hasSuffix(suffix) {
            dayText = dayText.dropLast(suffix.count)
            break
        }
        var monthText = Substring(words[1])
        if monthText.hasSuffix(".") { monthText = monthText.dropLast() }
        guard dayText.count <= 2, let day = Int(dayText), let month = months[String(monthText)] else { return nil }
        return (year, month, day)
    }

    /// English and French month names and their usual abbreviations, folded.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv"], ["february", "feb", "fevrier", "fev", "fevr"],
            ["march", "mar", "mars"], ["april", "apr", "avril", "avr"], ["may", "mai"], ["june", "jun", "juin"],
            ["july", "jul", "juillet", "juil"], ["august", "aug", "aout"],
            ["september", "sep", "sept", "septembre"], ["october", "oct", "octobre"],
            ["november", "nov", "novembre"], ["december", "dec", "decembre"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()
}
