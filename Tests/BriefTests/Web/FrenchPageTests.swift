import Foundation
import Synchronization
import Testing

/// index.html in the French edition, read from the HTML the build writes: French throughout (no
/// sentence of the English page template, of the English brief template or of the English
/// vocabulary), numbers and dates written the French way, and the same page as the English one,
/// element for element, so that the two templates cannot drift apart.
@Suite(.serialized) struct FrenchPageTests {
    @Test func theFrenchPageIsInFrenchWithNoSentenceOfTheEnglishPage() throws {
        let page = try PageText(try Self.demo(language: "fr"))
        #expect(page.html.contains("<html lang=\"fr\">"))
        let english = PageText.englishTemplateFragments()
        #expect(
            english.text.count > 40 && english.labels.count > 5 && english.words.count > 20,
            "the English template's fragments were not found")
        let leftovers = english.text.filter { page.text.contains($0) }
        #expect(leftovers.isEmpty, "English page sentences in the French page: \(leftovers.prefix(6))")
        let labels = english.labels.filter { label in page.labels.contains { $0.contains(label) } }
        #expect(labels.isEmpty, "English aria labels in the French page: \(labels.prefix(6))")
        // Single words too (headers, links), but those French writes the same and the names of files.
        let same: Set = [
            "Export", "Figures", "Incidents", "Message", "figure", "figures", "gnuplot", "manifest", "changes", "quality",
        ]
        let tokens = Set(
            page.text.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) })
        let words = english.words.filter { !same.contains($0) && tokens.contains($0) }
        #expect(words.isEmpty, "English words of the page template in the French page: \(words.prefix(8))")
        // The key findings come from the French brief template, and the vocabulary's words are French.
        let brief = EnglishText.phrases.filter { page.text.contains($0) }
        #expect(brief.isEmpty, "English brief or vocabulary text in the French page: \(brief.prefix(6))")
        for word in [" the ", " of the ", "Figure 1. Extremist", "Source: ", "Box 7", "not recorded", " rows"] {
            #expect(!page.text.contains(word), "“\(word)” in the French page")
        }
    }

    @Test func theFrenchPageWritesNumbersAndDatesTheFrenchWay() throws {
        let page = try PageText(try Self.demo(language: "fr"))
        // Findings, a data table's count and share, the quality account, the cover's date.
        #expect(page.text.contains("2\u{202F}327 attaques extrémistes"))
        #expect(page.text.contains("1\u{202F}080") && page.text.contains("49,0\u{00A0}%"))
        #expect(page.text.contains("Lignes lues\u{00A0}: 2\u{202F}808"))
        #expect(page.text.contains("Données au 1ᵉʳ\u{00A0}décembre 2023"))
        #expect(page.text.contains("Union soviétique") && page.text.contains("Encadré 7") && page.text.contains("Tombouctou"))
        #expect(page.html.contains("data-decimal-separator=\",\""))
        // No English thousands or decimals in the prose and tables (calibres such as 7.62x39mm are names).
        let englishNumbers = page.text.matches(of: /\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d+\s?%/).map { String($0.output) }
        #expect(englishNumbers.isEmpty, "English-style numbers: \(englishNumbers.prefix(6))")
    }

    @Test func theFrenchAndEnglishPagesHaveTheSameElements() throws {
        let english = try PageText(try Self.demo(language: "en")), french = try PageText(try Self.demo(language: "fr"))
        #expect(english.html.contains("<html lang=\"en\">"))
        #expect(english.skeleton.count > 1_000)
        let differ = zip(english.skeleton, french.skeleton).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            differ == nil && english.skeleton.count == french.skeleton.count,
            "first difference at element \(differ?.offset ?? -1): \(differ.map { "\($0.element.0) ≠ \($0.element.1)" } ?? "lengths differ")"
        )
    }

    @Test func whatMovedSinceThePreviousBuildIsInFrench() throws {
        let runner = BuildRunner.fig4()
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2014, to: 2016}
            inputs:
              incidents: {path: data/incidents.csv}
            validation: {max_reject_rate: 0.2}
            output: {dir: report, formats: [svg, html]}
            document: {language: fr}

            """)
        #expect(runner.build() == 0)
        runner.write(
            "data/incidents.csv",
            runner.read("data/incidents.csv")! + "A30,2015-06-06,Gao,IED,UN,0\nA31,2015-02-30,Gao,IED,UN,0\n")
        #expect(runner.build() == 0)
        let html = try #require(runner.read("report/index.html"))
        let section = try #require(html.firstMatch(of: /<section id="changes".*?<section id="quality"/.dotMatchesNewlines()))
        let changes = try PageText(String(section.output)).text
        #expect(changes.contains("valeurs modifiées dans") && changes.contains("1 ligne nouvellement rejetée"))
        #expect(changes.contains("Figure 4. Nombre annuel d’attaques extrémistes contre la MINUSMA"))
        #expect(changes.contains("bad-date (date invalide)"))
        #expect(!changes.contains("values changed") && !changes.contains("Since the previous build"))
    }

    /// The demo's index.html in the edition of `language`, built once per language.
    static func demo(language: String) throws -> String {
        if let built = built.withLock({ $0[language] }) { return built }
        let runner = try BuildRunner.demo()
        runner.write("pipeline.yml", runner.read("pipeline.yml")! + "\ndocument:\n  language: \(language)\n")
        try #require(runner.build() == 0)
        let html = try #require(runner.read("output/index.html"))
        built.withLock { $0[language] = html }
        return html
    }

    private static let built = Mutex<[String: String]>([:])
}

/// A page's text as a reader gets it: charts, style and script left out, tags removed, entities
/// decoded, whitespace folded; its aria labels; and its skeleton of elements.
struct PageText {
    let html: String
    let text: String
    let labels: [String]
    /// Every element's name, id and class in order, inline text markup (`<b>`, `<i>`) left out.
    let skeleton: [String]

    init(_ html: String) throws {
        self.html = html
        let body = html.replacing(/<svg.*?<\/svg>|<style>.*?<\/style>|<script>.*?<\/script>/.dotMatchesNewlines(), with: " ")
        // The validator's messages are English in every edition and marked so (`lang="en"`); the reader's text is the rest.
        let read = body.replacing(/<td lang="en"[^>]*>.*?<\/td>/, with: " ").replacing(/<\/?(a|b|i|code|span)\b[^>]*>/, with: "")
        text = Self.fold(Self.decode(read.replacing(/<[^>]*>/, with: " ")))
        labels = body.matches(of: /aria-label="([^"]*)"/).map { Self.decode(String($0.output.1)) }
        skeleton = body.matches(of: /<(\/?[a-z][a-z0-9]*)([^>]*)>/).compactMap { match -> String? in
            let name = String(match.output.1)
            if ["b", "i", "u", "s", "sub", "sup", "small", "strong"].contains(name.trimmingCharacters(in: ["/"])) { return nil }
            let attributes = String(match.output.2)
            let id = attributes.firstMatch(of: /\bid="([^"]*)"/).map { "#" + $0.output.1 } ?? ""
            let cls = attributes.firstMatch(of: /\bclass="([^"]*)"/).map { "." + $0.output.1 } ?? ""
            return name + id + cls
        }
    }

    /// The English page template's own words: the text between its tags and Mustache tags, and its
    /// aria labels, each a fragment of two words or more.
    static func englishTemplateFragments() -> (text: [String], labels: [String], words: [String]) {
        let template = (try? String(contentsOf: Repository.url("Sources/Publish/Resources/page.mustache"), encoding: .utf8)) ?? ""
        let body = template.replacing(/\{\{![^}]*\}\}/.dotMatchesNewlines(), with: "")
        func fragments(_ text: String) -> [String] {
            decode(text).split(separator: /\{\{[^}]*\}\}|\n/).map { fold(String($0)) }.filter { !$0.isEmpty }
        }
        func words(_ fragment: String) -> Int { fragment.split(separator: " ").filter { $0.contains(/[A-Za-z]{2}/) }.count }
        let labels = body.matches(of: /aria-label="([^"]*)"/).flatMap { fragments(String($0.output.1)) }
        let text = fragments(body.replacing(/<[^>]*>/, with: "\n")) + labels
        let single = text.filter { words($0) == 1 }.compactMap { $0.firstMatch(of: /[A-Za-z]{4,}/).map { String($0.output) } }
        return (text.filter { words($0) >= 2 }, labels.filter { words($0) >= 2 }, Array(Set(single)).sorted())
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&#160;", with: "\u{00A0}").replacingOccurrences(of: "&#8239;", with: "\u{202F}")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Runs of ordinary whitespace as one space; no-break spaces are kept, they are typography.
    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
