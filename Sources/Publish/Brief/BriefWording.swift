import BriefModel
import Localization

/// The brief's words that are not in its template, resolved once from the edition's vocabulary
/// before anything is drawn, so that a missing translation stops the build before a page is laid
/// out: figure captions and references, table captions and headers, export and reject names.
struct BriefWording {
    var coverLabel: String
    /// `Figure 4. Annual numbers …`, by figure id.
    var captions: [String: String] = [:]
    /// `Figure 4`, `Box 7` in the language, by figure id.
    var numbers: [String: String] = [:]
    /// ` (§3.3 of the reference brief)`, by figure id, for figures numbered apart from the reference.
    var references: [String: String] = [:]
    /// `Table {n}. {caption}` with `{n}` still open.
    var tableCaption: String
    var producers: (caption: String, country: String, samples: String, share: String)
    /// The producing countries of the country figure, by canonical name.
    var countries: [String: String] = [:]
    var quality: (caption: String, columns: [String])
    var rejects: (caption: String, export: String, reason: String, rows: String)
    var exports: [ExportKind: String] = [:]
    var reasons: [RejectCode: String] = [:]
    var unknownTable: String

    init(_ inputs: BriefInputs) throws(LanguageError) {
        let language = inputs.language
        func text(_ key: String, _ parameters: [String: String] = [:]) throws(LanguageError) -> String {
            try language.text(key, parameters)
        }
        coverLabel = try text("brief.page_label_cover")
        let figureText = FigureText(language: language, parameters: [:])
        for figure in inputs.figures where figure.isAvailable {
            let number = try FigureText.number(figure.brief, in: language)
            numbers[figure.id] = number
            captions[figure.id] = try text("brief.figure_caption", ["number": number, "title": figure.title])
            if let reference = try figureText.reference(figure) {
                references[figure.id] = try text("brief.reference", ["reference": reference])
            }
        }
        if let countries = inputs.figure("ammunition-samples-by-country") {
            for name in countries.categories { self.countries[name] = try figureText.country(name) }
        }
        let tableNumber = try text("numbering.Table", ["n": "{n}"])
        tableCaption = try text("brief.table_caption", ["number": tableNumber, "caption": "{caption}"])
        producers = (
            try text("brief.tables.producers.caption", ["period": inputs.period.description]),
            try text("brief.tables.producers.country"), try text("brief.tables.producers.samples"),
            try text("brief.tables.producers.share")
        )
        var columns: [String] = []
        for column in ["export", "read", "accepted", "collapsed", "filtered", "rejected", "encoding"] {
            columns.append(try text("brief.tables.quality.\(column)"))
        }
        quality = (try text("brief.tables.quality.caption"), columns)
        rejects = (
            try text("brief.tables.rejects.caption"), try text("brief.tables.rejects.export"),
            try text("brief.tables.rejects.reason"), try text("brief.tables.rejects.rows")
        )
        for export in ExportKind.allCases { exports[export] = try text("exports.\(export.rawValue)") }
        for code in RejectCode.allCases { reasons[code] = try text("reject_codes.\(code.rawValue)") }
        unknownTable = try text("brief.unknown_table", ["name": "{name}"])
    }

    func caption(table number: Int, _ caption: String) -> String {
        tableCaption.replacingOccurrences(of: "{n}", with: String(number)).replacingOccurrences(of: "{caption}", with: caption)
    }
}
