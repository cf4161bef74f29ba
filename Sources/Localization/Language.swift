import BriefModel
import Foundation

/// One edition's language: its vocabulary file, how it writes numbers and dates, and its plural
/// rule. Every renderer that prints words (the brief, the charts, the changes summary, the web
/// page) takes one, so that adding a language means adding `Resources/languages/<code>.yml` and a
/// brief template, never editing code.
public struct Language: Sendable {
    public let code: String
    public let vocabulary: Vocabulary
    public let numbers: NumberFormat
    private let months: [String]
    private let shortMonths: [String]
    private let dayOne: String
    private let datePattern: String
    private let zeroIsSingular: Bool
    private let quotePattern: String

    /// The language of `document.language`, read from the bundled vocabulary file.
    /// Stops with the error `load` would give when no vocabulary file is shipped for `code`, without
    /// reading one: a build checks its edition's language before anything else.
    public static func checkAvailable(_ code: String) throws(LanguageError) {
        guard available.contains(code) else { throw .unknownLanguage(code, available: available) }
    }

    public static func load(_ code: String) throws(LanguageError) -> Language {
        if let known = loaded.withLock({ $0[code] }) { return known }
        let language = try read(code)
        loaded.withLock { $0[code] = language }
        return language
    }

    /// Languages read so far: a build asks for its edition's and for English (the default of inputs
    /// that name none), and reading a vocabulary file takes several milliseconds of YAML.
    private static let loaded = Locked<[String: Language]>([:])

    private static func read(_ code: String) throws(LanguageError) -> Language {
        guard available.contains(code),
            let url = Bundle.module.url(
                forResource: code, withExtension: "yml",
                subdirectory: "languages")
        else { throw .unknownLanguage(code, available: available) }
        guard let data = try? Data(contentsOf: url), let yaml = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: url.path, message: "cannot read the vocabulary file")
        }
        return try Language(vocabulary: Vocabulary(language: code, file: "languages/\(code).yml", yaml: yaml))
    }

    /// A language from a vocabulary given as text (tests, a translator's draft).
    public static func parse(code: String, yaml: String) throws(LanguageError) -> Language {
        try Language(vocabulary: Vocabulary(language: code, file: "\(code).yml", yaml: yaml))
    }

    init(vocabulary: Vocabulary) throws(LanguageError) {
        self.vocabulary = vocabulary
        code = vocabulary.language
        numbers = NumberFormat(
            groupSeparator: try vocabulary.text("format.thousands_separator"),
            decimalSeparator: try vocabulary.text("format.decimal_separator"),
            percentPattern: try vocabulary.text("format.percent", ["n": "{n}"]))
        months = try vocabulary.list("format.months", count: 12)
        shortMonths = try vocabulary.list("format.months_short", count: 12)
        dayOne = try vocabulary.text("format.first_day_of_month")
        datePattern = try vocabulary.text("format.date", ["day": "{day}", "month": "{month}", "year": "{year}"])
        zeroIsSingular = try vocabulary.text("format.zero_is_singular") == "yes"
        quotePattern = try vocabulary.text("format.quoted", ["text": "{text}"])
    }

    /// Where the bundled vocabulary file of `code` is, when there is one.
    public static func vocabularyPath(_ code: String) -> String? {
        Bundle.module.url(forResource: code, withExtension: "yml", subdirectory: "languages")?.path
    }

    /// The codes of the bundled vocabulary files (`en`, `fr`).
    public static var available: [String] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("languages"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// English, which the bundle always carries.
    public static let english: Language = {
        do { return try load("en") } catch { preconditionFailure("the bundled English vocabulary: \(error)") }
    }()

    /// The text under `key`, with its placeholders filled.
    public func text(_ key: String, _ parameters: [String: String] = [:]) throws(LanguageError) -> String {
        try vocabulary.text(key, parameters)
    }

    /// `key.one` or `key.other` by the language's plural rule, `{n}` filled with the count (or with
    /// `parameters["n"]`, the count as the caller writes it: `four`).
    public func plural(_ key: String, _ n: Int, _ parameters: [String: String] = [:]) throws(LanguageError) -> String {
        try text(key + (isSingular(n) ? ".one" : ".other"), ["n": numbers.count(n)].merging(parameters) { $1 })
    }

    /// Whether `n` takes the singular: 1 in English, 0 and 1 in French (for templates that choose the noun).
    public func isSingular(_ n: Int) -> Bool { n == 1 || (n == 0 && zeroIsSingular) }

    /// A date that a line never breaks inside where the pattern allows it (English "9 April 2019":
    /// a word joiner after the space that follows the day), for wrapped text such as a map's key.
    public func unbrokenDate(_ date: CivilDate) -> String {
        let text = self.date(date)
        guard let space = text.firstIndex(of: " ") else { return text }
        return text.replacingCharacters(in: space...space, with: " \u{2060}")
    }

    /// The months' names in dates, for text that must keep a day with its month.
    public var monthNames: [String] { months }

    /// `14 September 2016`, `1ᵉʳ décembre 2023`; with `short`, as a table writes it: `14 Sept. 2016`.
    public func date(_ date: CivilDate, short: Bool = false) -> String {
        let day = date.day == 1 ? dayOne : String(date.day)
        return datePattern.replacingOccurrences(of: "{day}", with: day)
            .replacingOccurrences(of: "{month}", with: (short ? shortMonths : months)[date.month - 1])
            .replacingOccurrences(of: "{year}", with: String(date.year))
    }

    /// The two ends of a span as a sentence names them: the year said once when both share it
    /// ("31 October" … "14 November 2020").
    public func span(_ first: CivilDate, _ last: CivilDate) -> (from: String, to: String) {
        guard first.year == last.year else { return (date(first), date(last)) }
        let from = date(first).replacingOccurrences(of: String(first.year), with: "")
        return (from.trimmingCharacters(in: .whitespaces), date(last))
    }

    /// « quoted » in French, “quoted” in English.
    /// Whether `a` sorts before `b` in the edition's alphabet (French: `Égypte` before `Espagne`).
    public func collates(_ a: String, before b: String) -> Bool {
        a.compare(b, options: [], range: nil, locale: Locale(identifier: code)) == .orderedAscending
    }

    public func quoted(_ text: String) -> String { quotePattern.replacingOccurrences(of: "{text}", with: text) }
}
