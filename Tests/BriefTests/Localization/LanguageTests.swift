import BriefModel
import Figures
import Foundation
import Localization
import Logging
import Testing

@testable import BriefCLI
@testable import Publish

/// The language mechanism: number and date formats, plurals, strict lookups, and every bundled
/// language complete, so that a missing translation is an error naming its key, never English.
@Suite struct LanguageTests {
    let french = try! Language.load("fr")

    @Test func frenchNumbersUseANarrowNoBreakSpaceADecimalCommaAndASpacedPercent() {
        #expect(french.numbers.count(2_327) == "2\u{202F}327")
        #expect(french.numbers.count(1_080) == "1\u{202F}080" && french.numbers.count(410) == "410")
        #expect(french.numbers.count(-1_234_567) == "-1\u{202F}234\u{202F}567")
        #expect(french.numbers.percent(0.2701) == "27\u{00A0}%")
        #expect(french.numbers.percent(0.0833, decimals: 1) == "8,3\u{00A0}%")
        #expect(french.numbers.decimal(0.4904, decimals: 4) == "0,4904")
        #expect(french.numbers.plain(1_234) == "1\u{202F}234" && french.numbers.plain(0.5) == "0,5000")
    }

    @Test func englishNumbersAreUnchanged() {
        #expect(NumberText.count(2_327) == "2,327" && NumberText.count(-1_000) == "-1,000")
        #expect(NumberText.percent(0.2701) == "27%" && NumberText.percent(0.0833, decimals: 1) == "8.3%")
        #expect(NumberText.percent(0.1, decimals: 2) == "10.00%" && NumberText.percent(0.07149, decimals: 2) == "7.15%")
        #expect(Language.english.numbers == NumberFormat.english)
    }

    @Test func datesReadAsEachLanguageWritesThem() {
        let first = CivilDate(year: 2023, month: 12, day: 1)!, september = CivilDate(year: 2016, month: 9, day: 14)!
        #expect(french.date(first) == "1ᵉʳ\u{00A0}décembre 2023", "the day never parted from its month, its ordinal raised")
        #expect(
            french.date(first, short: true) == "1ᵉʳ\u{00A0}déc. 2023"
                && Language.english.date(first, short: true) == "1 Dec. 2023")
        #expect(french.date(september) == "14\u{00A0}septembre 2016")
        #expect(french.date(CivilDate(year: 2021, month: 8, day: 2)!) == "2\u{00A0}août 2021")
        #expect(Language.english.date(first) == "1 December 2023")
        #expect(Language.english.date(september) == september.longEnglish)
    }

    @Test func frenchQuotesAndPluralsFollowFrenchRules() throws {
        #expect(french.quoted("à peu près stable") == "«\u{00A0}à peu près stable\u{00A0}»")
        #expect(Language.english.quoted("about level") == "“about level”")
        // French counts 0 and 1 as singular, English only 1.
        #expect(try french.plural("changes.samples", 0) == "0 nouvel échantillon de munitions")
        #expect(try french.plural("changes.samples", 2) == "2 nouveaux échantillons de munitions")
        #expect(try Language.english.plural("changes.samples", 0) == "0 new ammunition samples")
        #expect(try Language.english.plural("changes.samples", 1) == "1 new ammunition sample")
    }

    @Test func everyBundledLanguageHasExactlyTheEnglishKeysAndPlaceholders() throws {
        #expect(Language.available.contains("en") && Language.available.contains("fr"))
        let english = Language.english.vocabulary
        for code in Language.available where code != "en" {
            let other = try Language.load(code).vocabulary
            #expect(other.keys.subtracting(english.keys).isEmpty, "\(code) has keys English lacks")
            #expect(english.keys.subtracting(other.keys).sorted() == [], "\(code) lacks keys")
            let differing = try english.keys.filter(english.has).filter { key in
                let theirs = try placeholders(other.text(key, Self.everything))
                // A rejected row offers both the validator's message and its reason's name: a language picks one.
                if key == "changes.rejected" { return !theirs.isSubset(of: ["export", "line", "message", "reason"]) }
                return try placeholders(english.text(key, Self.everything)) != theirs
            }
            #expect(differing == [], "\(code): keys whose placeholders differ from English")
            #expect(BriefRenderer.bundledTemplatePath(language: code) != nil, "\(code) has no brief template")
            #expect((try? ReportPage.template(language: code)) != nil, "\(code) has no page template")
        }
    }

    /// Fills every placeholder with a visible marker, so the placeholders a text uses can be compared.
    static let everything: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "n", "period", "mission", "names", "decade", "date", "number", "title", "caption", "reference", "name", "text",
            "values", "figures", "samples", "rejects", "sightings", "id", "changes", "series", "category", "old", "new",
            "calibre",
            "producer", "year", "country", "export", "line", "message", "reason", "day", "month", "last_year", "produced_after",
            "band", "item", "kind", "region", "years", "first", "last", "from", "to", "file", "rows", "model",
        ].map { ($0, "⟨\($0)⟩") })

    private func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /⟨(\w+)⟩/).map { String($0.output.1) })
    }

    @Test func aMissingTranslationIsAnErrorNamingTheKeyNotEnglish() throws {
        // A draft French vocabulary without Figure 1's title.
        let path = try #require(Language.vocabularyPath("fr"))
        let full = try String(contentsOfFile: path, encoding: .utf8)
        let draft = full.replacingOccurrences(of: "    title: \"Attaques extrémistes au Mali par zone, {period}\"\n", with: "")
        #expect(draft != full)
        let language = try Language.parse(code: "fr", yaml: draft)
        let figure = FigureResult(
            id: "attacks-per-year", title: "Extremist attacks in Mali by zone, 2014–2022", brief: "Figure 1", axis: .year,
            unit: "attacks", categories: ["2014"], series: [Series(name: "total", counts: [3])],
            chart: ChartSpec(
                kind: .bars, title: "", subtitle: "", source: "", categories: ["2014"],
                layers: [.init(label: "Attacks", colorKey: "northern", values: [3])], valueLabel: "Attacks"))
        let localizer = FigureText(language: language, parameters: ["period": "2014–2022"])
        #expect(throws: LanguageError.missingKey(language: "fr", key: "figures.attacks-per-year.title", file: "fr.yml")) {
            try localizer.localize(figure)
        }
        let message = LanguageError.missingKey(language: "fr", key: "figures.attacks-per-year.title", file: "fr.yml").description
        #expect(message.contains("figures.attacks-per-year.title"))
        // The full vocabulary puts it in French, numbers and canonical keys untouched.
        let french = try FigureText(language: self.french, parameters: ["period": "2014–2022"]).localize(figure)
        #expect(french.title == "Attaques extrémistes au Mali par zone, 2014–2022")
        #expect(french.chart.layers[0].label == "Nord du Mali" && french.categories == ["2014"])
        #expect(french.series == figure.series && french.chart.language == "fr")
    }

    @Test func theWebPagesWordsAreStrictToo() throws {
        // A draft French vocabulary without the data table's header for civilians killed.
        let full = try String(contentsOfFile: try #require(Language.vocabularyPath("fr")), encoding: .utf8)
        let draft = full.replacingOccurrences(of: "    killed_civilians: \"Civils tués\"\n", with: "")
        #expect(draft != full)
        var inputs = BriefInputs(
            figures: [
                FigureResult(
                    id: "victims-per-year", title: "Personnes tuées", brief: "Figure 2", axis: .year, unit: "people",
                    categories: ["2014"],
                    series: [Series(name: "killed", counts: [3]), Series(name: "killed_civilians", counts: [1])],
                    chart: ChartSpec(
                        kind: .bars, title: "", subtitle: "", source: "", categories: ["2014"], layers: [], valueLabel: ""))
            ],
            headline: HeadlineStatistics([]), quality: [], period: Period(from: 2014, to: 2014)!, document: DocumentInfo(),
            dateLine: "", pdfDate: "2014-12-31T00:00:00Z", isSyntheticDemo: false)
        inputs.language = try Language.parse(code: "fr", yaml: draft)
        let page = ReportPage(
            brief: inputs, briefTemplatePath: nil, charts: [:], files: [], inputs: [], programVersion: "0",
            configurationSHA256: "0")
        #expect(throws: LanguageError.missingKey(language: "fr", key: "data_table.columns.killed_civilians", file: "fr.yml")) {
            try page.render()
        }
        // With the whole vocabulary the same page renders, in French.
        inputs.language = french
        let html = try ReportPage(
            brief: inputs, briefTemplatePath: nil, charts: [:], files: [], inputs: [], programVersion: "0",
            configurationSHA256: "0"
        ).render()
        #expect(html.contains("<html lang=\"fr\">") && html.contains(">Civils tués</th>") && html.contains(">Année</th>"))
        // A language without a page template is an error naming the file to add, never the English page.
        #expect(throws: LanguageError.missingTemplate(language: "xx", expected: "Sources/Publish/Resources/page.xx.mustache")) {
            try ReportPage.template(language: "xx")
        }
        #expect(ReportPage.templateBytes(language: "fr") != ReportPage.templateBytes(language: "en"))
        // The singular of the page's counted nouns follows the language: French 0 and 1, English 1.
        #expect(french.isSingular(0) && french.isSingular(1) && !french.isSingular(2))
        #expect(!Language.english.isSingular(0) && Language.english.isSingular(1))
    }

    @Test func theBriefsMonitoringTablesAreStrictToo() throws {
        // A draft French vocabulary without the caption of the brief's table of materiel to watch.
        let full = try String(contentsOfFile: try #require(Language.vocabularyPath("fr")), encoding: .utf8)
        let draft = full.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("caption: \"Matériel à surveiller") }.joined(separator: "\n")
        #expect(draft != full)
        var inputs = try BriefLayoutTests.inputs()
        inputs.monitoring = MonitoringFacts(ArmsFlowFixture.flow())
        inputs.language = try Language.parse(code: "fr", yaml: draft)
        let layout = try BriefLayout(inputs: inputs)
        #expect(throws: LanguageError.missingKey(language: "fr", key: "monitoring.tables.tracker.caption", file: "fr.yml")) {
            _ = try layout.render([.heading("5. Suivi", level: 1), .table("tracker")])
        }
        // With the whole vocabulary the table is drawn.
        inputs.language = french
        let file = Fixtures.temporaryDirectory().appendingPathComponent("tracker.pdf")
        try BriefLayout(inputs: inputs).render([.heading("5. Suivi", level: 1), .table("tracker")]).write(to: file)
        #expect(try ExternalTool.run("pdftotext", [file.path, "-"]).output.contains("Matériel à surveiller"))
    }

    @Test func anUnknownLanguageNamesTheOnesThatExist() {
        #expect(throws: LanguageError.unknownLanguage("de", available: Language.available)) { try Language.load("de") }
        #expect(LanguageError.unknownLanguage("de", available: ["en", "fr"]).description.contains("available: en, fr"))
    }

    @Test func theNightlySummaryIsInTheEditionsLanguage() throws {
        var changes = ReportChanges()
        changes.figures = [
            .init(
                id: "minusma-attack-types", title: "",
                values: [
                    .init(series: "attacks", category: "ied", old: 1_307, new: 1_306),
                    .init(series: "share", category: "ied", old: 0.4904, new: nil),
                ])
        ]
        changes.newSamples = [.init(calibre: "7.62x39mm", producer: "Factory 71", year: "1975", country: "Soviet Union")]
        changes.newRejects = [
            .init(export: "incidents", line: 6, code: "bad-date", message: "date \"2020-02-30\" is not a real date")
        ]
        let french = try changes.summaryLines(language: self.french)
        #expect(
            french[0] == "2 valeurs modifiées dans 1 figure, 1 nouvel échantillon de munitions, 1 ligne nouvellement rejetée.")
        #expect(
            french[1]
                == "  minusma-attack-types\u{00A0}: attacks ied\u{00A0}: 1\u{202F}307 → 1\u{202F}306\u{00A0}; share ied\u{00A0}: 0,4904 → –"
        )
        #expect(french[2] == "  nouveaux échantillons\u{00A0}: 7.62x39mm Factory 71 1975 (Union soviétique)")
        #expect(french[3] == "  rejetée\u{00A0}: incidents, ligne 6\u{00A0}: date invalide")
        let english = try changes.summaryLines()
        #expect(english[0] == "2 values changed in 1 figure, 1 new ammunition sample, 1 newly rejected row.")
        // Only what changed is counted: first sightings alone are not "0 values changed in 0 figures".
        var sightingsOnly = ReportChanges()
        sightingsOnly.firstSightings = [
            .init(kind: "arms", item: "AK-47", date: CivilDate(year: 2022, month: 3, day: 1)!, region: "Gao")
        ]
        #expect(try sightingsOnly.summaryLines()[0] == "1 first sighting.")
        #expect(try sightingsOnly.summaryLines(language: self.french)[0] == "1 première observation.")
        #expect(english[3] == "  rejected: incidents line 6: date \"2020-02-30\" is not a real date")
        #expect(try ReportChanges().summaryLines(language: self.french) == ["Aucun changement depuis le rapport précédent."])
        // With the build's figures, a figure is named by its number, its series and categories in French.
        let figures = try BriefLayoutTests.inputs().figures
        let named = try changes.summaryLines(language: self.french, figures: figures)
        #expect(named[1].hasPrefix("  Figure 5\u{00A0}: "), "\(named[1])")
        #expect(!named[1].contains("minusma-attack-types") && !named[1].contains("attacks ied"), "\(named[1])")
        let words = FigureText(language: self.french, parameters: [:])
        #expect(
            named[1].contains("\(try words.seriesName("attacks")) \(try words.category("ied", axis: .type))\u{00A0}: "),
            "\(named[1])")
    }
}

@Suite struct LanguageConfigurationTests {
    @Test func aLanguageWithoutVocabularyStopsTheBuildWithAUsageError() throws {
        let runner = BuildRunner()
        runner.write("pipeline.yml", "inputs: {}\ndocument:\n  language: de\noutput:\n  dir: report\n")
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 2)
        #expect(runner.read("report/brief.pdf") == nil, "nothing is written")
        runner.write("bad.yml", "document:\n  language: French\n")
        #expect(runner.run(["build", "--config", runner.path("bad.yml"), "--quiet"]) == 2)
        // Said before any input is looked at, even one that is missing.
        runner.write(
            "missing.yml", "inputs: {incidents: {path: absent.csv}}\ndocument:\n  language: de\noutput:\n  dir: report\n")
        let (config, hash) = try RunOptions.parse(["--config", runner.path("missing.yml")]).resolve()
        #expect(throws: LanguageError.unknownLanguage("de", available: Language.available)) {
            try BuildRun(
                config: config, configurationSHA256: hash, logger: Logger(label: "test"),
                configurationPath: runner.path("missing.yml"), quiet: true
            ).run()
        }
    }
}

/// Ties in a ranking are in alphabetical order, the edition's alphabet once the names are its own.
@Suite("Collation of ties")
struct TieCollationTests {
    @Test("Figure 3a's tied countries in French alphabetical order; the other countries' bar stays last")
    func frenchTies() throws {
        let countries = ["China", "Egypt", "Germany", "Spain", "Poland", "Chile"]
        let chart = ChartSpec(
            kind: .horizontalBars, source: "", categories: ["China", "Egypt", "Germany", "Spain", "2 other countries"],
            layers: [
                .init(colorKey: "neutral", values: [9, 2, 2, 2, 2]), .init(colorKey: "share", values: [0.5, 0.1, 0.1, 0.1, 0.2]),
            ],
            categoryColorKeys: ["neutral", "neutral", "neutral", "neutral", "other"])
        let figure = FigureResult(
            id: "ammunition-samples-by-country", title: "", brief: "Figure 3a", axis: .country, unit: "samples",
            categories: countries, series: [Series(name: "samples", counts: [9, 2, 2, 2, 1, 1])], chart: chart)
        let parameters = ["period": "2014–2022", "last_year": "2022"]
        let french = try FigureText(language: try Language.load("fr"), parameters: parameters).localize(figure).chart
        #expect(Array(french.categories.prefix(4)) == ["Chine", "Allemagne", "Égypte", "Espagne"], "\(french.categories)")
        #expect(french.categoryColorKeys?.last == "other" && french.layers[0].values == [9, 2, 2, 2, 2])
        #expect(french.layers[1].values == [0.5, 0.1, 0.1, 0.1, 0.2])
        let english = try FigureText(language: .english, parameters: parameters).localize(figure).chart
        #expect(Array(english.categories.prefix(4)) == ["China", "Egypt", "Germany", "Spain"])
    }
}
