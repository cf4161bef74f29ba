import BriefModel
import Localization

/// Each abbreviation spelt out where the running text first uses it ("improvised explosive devices
/// (IEDs)"), as the UN Editorial Manual asks, and short afterwards. Headings, captions and tables keep
/// the short form; the front matter lists them all. A use already written out ("… (IED)") counts.
struct FirstUse {
    struct Form {
        let short: String
        let long: String
        let longPlural: String
        /// The article the spelt-out name takes where the short one has none (English: "posed to
        /// MINUSMA", "posed to the United Nations … Mission in Mali (MINUSMA)"); none in French,
        /// whose text writes it ("la MINUSMA").
        let article: String?
    }

    let forms: [Form]
    /// Words before an abbreviation that make it plural where its short form does not show it
    /// (French `des EEI`).
    let pluralAfter: Set<String>
    /// Words that already stand as the article of a name ("the UN's count").
    let articles: Set<String>

    init(_ language: Language) throws(LanguageError) {
        var forms: [Form] = []
        for key in BriefAbbreviations.keys {
            let long = try language.text("abbreviations.\(key).long")
            let plural =
                language.vocabulary.has("abbreviations.\(key).plural")
                ? try language.text("abbreviations.\(key).plural") : long
            let article =
                language.vocabulary.has("abbreviations.\(key).article")
                ? try language.text("abbreviations.\(key).article") : nil
            forms.append(
                Form(short: try language.text("abbreviations.\(key).short"), long: long, longPlural: plural, article: article))
        }
        self.forms = forms
        pluralAfter = Set(try language.text("brief.plural_determiners").split(separator: " ").map(String.init))
        articles = Set(try language.text("brief.articles").split(separator: " ").map(String.init))
    }

    /// The blocks with each abbreviation's first use in running text written out.
    func apply(_ blocks: [BriefBlock]) -> [BriefBlock] {
        var blocks = blocks
        for form in forms {
            for (index, block) in blocks.enumerated() {
                guard let (text, rewrap) = block.runningText, let spelt = spellOut(form, in: text) else { continue }
                blocks[index] = rewrap(spelt.text)
                if spelt.found { break }
            }
        }
        return blocks
    }

    /// The text with `form`'s first use written out; `found` is false when the text does not use it.
    func spellOut(_ form: Form, in text: String) -> (text: String, found: Bool)? {
        var search = text.startIndex..<text.endIndex
        while let match = text.range(of: form.short, range: search) {
            search = match.upperBound..<text.endIndex
            let before = match.lowerBound > text.startIndex ? text[text.index(before: match.lowerBound)] : " "
            var end = match.upperBound
            let englishPlural = end < text.endIndex && text[end] == "s"
            if englishPlural { end = text.index(after: end) }
            guard !before.isLetter, !before.isNumber, end == text.endIndex || !(text[end].isLetter || text[end].isNumber)
            else { continue }
            // Already written out: "improvised explosive device (IED)".
            if before == "(" { return (text, true) }
            let previousWord = text[..<match.lowerBound].split(whereSeparator: { !$0.isLetter }).last.map { $0.lowercased() }
            let plural = englishPlural || previousWord.map(pluralAfter.contains) == true
            var long = BriefContext.escape(plural ? form.longPlural : form.long)
            if let article = form.article, !article.isEmpty, !(previousWord.map(articles.contains) ?? false) {
                // At a sentence's start the article takes the capital.
                let opening = text[..<match.lowerBound].last { !$0.isWhitespace }.map { ".!?•".contains($0) } ?? true
                long = (opening ? article.prefix(1).uppercased() + article.dropFirst() : article) + " " + long
            }
            // A possessive keeps its ending on the spelt-out name: "ACLED's counts" becomes "the Armed
            // Conflict Location & Event Data Project's (ACLED) counts".
            for ending in ["'s", "’s"] where text[end...].hasPrefix(ending) {
                let through = text.index(end, offsetBy: ending.count)
                return (text.replacingCharacters(in: match.lowerBound..<through, with: "\(long)\(ending) (\(form.short))"), true)
            }
            // A long form that ends in brackets takes the short one inside them: "… (Group for the
            // Support of Islam and Muslims; JNIM)", never two brackets in a row.
            let short = text[match.lowerBound..<end]
            let spelt = long.hasSuffix(")") ? "\(long.dropLast()); \(short))" : "\(long) (\(short))"
            return (text.replacingCharacters(in: match.lowerBound..<end, with: spelt), true)
        }
        return nil
    }
}
