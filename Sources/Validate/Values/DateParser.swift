import BriefModel

/// Reads the date forms of the exports contract. Day-first only: `03/04/2016` is 3 April.
public struct DateParser: Sendable {
    /// Dates after this day are refused: they cannot have happened yet.
    public let referenceDate: CivilDate

    public init(referenceDate: CivilDate) { self.referenceDate = referenceDate }

    public enum Failure: Error, Equatable {
        case unreadable, impossible, afterReference(CivilDate)

        public func message(field: String, text: String) -> String {
            let expected = "expected YYYY-MM-DD, DD/MM/YYYY or \"14 September 2016\""
            switch self {
            case .unreadable: return "\(field) \(TextSnippet.quoted(text)) cannot be read as a date (\(expected))"
            case .impossible: return "\(field) \(TextSnippet.quoted(text)) is not a real date (\(expected))"
            case .afterReference(let reference):
                return "\(field) \(TextSnippet.quoted(text)) lies after the run's reference date \(reference)"
            }
        }
    }

    public func parse(_ text: String) -> Result<CivilDate, Failure> {
        guard let parts = Self.components(text) else { return .failure(.unreadable) }
        guard let date = CivilDate(year: parts.year, month: parts.month, day: parts.day) else {
            return .failure(.impossible)
        }
        return date > referenceDate ? .failure(.afterReference(referenceDate)) : .success(date)
    }

    /// Year, month and day as written, not yet checked for existence.
    static func components(_ text: String) -> (year: Int, month: Int, day: Int)? {
        if let numeric = text.utf8.withContiguousStorageIfAvailable({ numericComponents($0) })
            ?? numericComponents(Array(text.utf8))
        {
            return numeric
        }
        return writtenComponents(text)
    }

    /// `2016-09-14`, `2016-09-14T07:00:00Z`, `14/09/2016`, `14.09.2016`, `14-09-2016`.
    private static func numericComponents<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes
    ) -> (year: Int, month: Int, day: Int)?
    where Bytes.Index == Int {
        var numbers: [Int] = [], widths: [Int] = [], separators: [UInt8] = []
        var current = 0, width = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                width += 1
                guard width <= 4 else { return nil }
            } else {
                guard width > 0, numbers.count < 2,
                    [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]
                        .contains(byte)
                else { break }
                numbers.append(current)
                widths.append(width)
                separators.append(byte)
                current = 0
                width = 0
            }
            index += 1
        }
        guard width > 0 else { return nil }
        numbers.append(current)
        widths.append(width)
        guard numbers.count == 3, separators[0] == separators[1] else { return nil }
        let rest = bytes[(bytes.startIndex + index)...]
        if widths[0] == 4 {
            // ISO: the time part, if any, starts with T or a space and is ignored.
            guard separators[0] == UInt8(ascii: "-"), widths[1] == 2, widths[2] == 2,
                rest.isEmpty || rest.first == UInt8(ascii: "T") || rest.first == UInt8(ascii: " ")
            else { return nil }
            return (numbers[0], numbers[1], numbers[2])
        }
        guard rest.isEmpty, widths[0] <= 2, widths[1] <= 2, widths[2] == 4 else { return nil }
        return (numbers[2], numbers[1], numbers[0])
    }

    /// `14 September 2016`, `14 Sept 2016`, `14 sept. 2016`, `14 septembre 2016`, `1er avril 2021`.
    private static func writtenComponents(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let words = LabelKey.fold(text).split(separator: " ")
        guard words.count == 3, words[2].count == 4, let year = Int(words[2]) else { return nil }
        var dayText = Substring(words[0])
        for suffix in ["er", "st", "nd", "rd", "th"] where dayText.hasSuffix(suffix) {
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
