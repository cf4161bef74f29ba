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
        var out = text.replacing(/(?<from>\d{4})–(?<to>\d{4})/) { "\($0.output.from)–\(joiner)\($0.output.to)" }
        for month in language.monthNames where out.contains(month) {
            out = out.replacing(try! Regex("(?<day>\\b\\d{1,2}(ᵉʳ)?[  ])(?=\(month)\\b)")) { match in
                (match.output[1].substring.map(String.init) ?? "") + joiner
            }
        }
        return out
    }

    /// The brief's running text with every range and date kept together.
    static func blocks(_ blocks: [BriefBlock], language: Language) -> [BriefBlock] {
        blocks.map { block in
            switch block {
            case .paragraph(let t): .paragraph(markup(t, language: language))
            case .bullet(let t): .bullet(markup(t, language: language))
            case .callout(let t): .callout(markup(t, language: language))
            default: block
            }
        }
    }
}
