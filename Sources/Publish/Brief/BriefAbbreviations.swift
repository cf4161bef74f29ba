import BriefModel
import Localization

/// The abbreviations list of the brief's front matter: only those the brief uses, each with its
/// expansion in the edition's language, in alphabetical order of the short form.
enum BriefAbbreviations {
    /// The vocabulary's `abbreviations.<key>` entries (`short`, `long`), by key.
    static let keys = ["acled", "ied", "rcied", "minusma", "un", "rpg", "jnim", "isgs", "unidir"]

    /// Those whose short form appears as a word in `texts` (or with a plural s: "IEDs").
    static func used(in texts: [String], language: Language) throws(LanguageError) -> [(short: String, long: String)] {
        var words = Set<Substring>()
        for text in texts { words.formUnion(text.split { !$0.isLetter && !$0.isNumber }) }
        var found: [(short: String, long: String)] = []
        for key in keys {
            let short = try language.text("abbreviations.\(key).short")
            guard words.contains(Substring(short)) || words.contains(Substring(short + "s")) else { continue }
            found.append((short, try language.text("abbreviations.\(key).long")))
        }
        return found.sorted { $0.short < $1.short }
    }

    /// Every text the brief prints besides its cover: the template's blocks, the figures' captions,
    /// titles, definitions and labels.
    static func texts(_ blocks: [BriefBlock], wording: BriefWording, figures: [FigureResult]) -> [String] {
        var texts = blocks.filter { !$0.isCover }.map(\.searchableText)
        for figure in figures {
            texts.append(wording.captions[figure.id] ?? figure.title)
            texts += [figure.title, figure.definition, figure.chart.subtitle] + figure.categories + figure.series.map(\.name)
        }
        return texts
    }
}
