import Localization

/// What a line of the PDF must never break inside: a year range ("2014–2022", which Pango breaks
/// after the dash) and a day with its month ("18 November"). A word joiner (U+2060, which Pango
/// honours and draws as nothing) goes after the dash and after the day's space. Pango's
/// `allow_breaks` span was tried first: Pango 1.50 still breaks after a dash inside it. The PDF only:
/// the page's text, which a reader copies, stays as it is.
enum KeptTogether {
    static let joiner = "\u{2060}"

    static func markup(_ text: String, language: Language) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        // One pass over the characters (a compiled pattern per text and month cost a twentieth of a build).
        let characters = Array(text), months = language.monthNames.map(Array.init)
        func digits(before index: Int, count: Int) -> Bool {
            index >= count && characters[(index - count)..<index].allSatisfy(\.isNumber)
                && (index == count || !characters[index - count - 1].isNumber)
        }
        func startsMonth(at index: Int) -> Bool {
            months.contains { month in
                index + month.count <= characters.count && characters[index..<(index + month.count)].elementsEqual(month)
                    && (index + month.count == characters.count || !characters[index + month.count].isLetter)
            }
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for (i, c) in characters.enumerated() {
            out.append(c)
            if c == "–", digits(before: i, count: 4), i + 4 < characters.count,
                characters[(i + 1)...(i + 4)].allSatisfy(\.isNumber)
            {
                out += joiner
            } else if c == " " || c == "\u{00A0}", i + 1 < characters.count {
                // A day (`18`, `1ᵉʳ`) before the space, a month after it.
                var day = i
                if day >= 2, characters[day - 2] == "ᵉ", characters[day - 1] == "ʳ" { day -= 2 }
                if digits(before: day, count: 1) || digits(before: day, count: 2), startsMonth(at: i + 1) { out += joiner }
            }
        }
        return out
    }

    /// The brief's running text with every range and date kept together.
    static func blocks(_ blocks: [BriefBlock], language: Language) -> [BriefBlock] {
        blocks.map { block in block.runningText.map { $0.rewrap(markup($0.text, language: language)) } ?? block }
    }
}
