import Foundation
import Localization
import Testing

@testable import Publish

/// The United Nations editorial style the publications desk checks, on every page of the brief
/// (charts and tables included, as pdftotext reads them), in both editions.
@Suite("UN style", .serialized) struct UNStyleTests {
    /// Country names are the UN short names (UN Terminology, M49); the data tables keep the
    /// canonical ones.
    @Test(arguments: ["en", "fr"])
    func countriesAreNamedAsTheUnitedNationsNamesThem(_ language: String) throws {
        let brief = try BuiltBrief(.demo, language: language)
        let retired =
            language == "fr"
            ? [
                #"(?<!de\s)\bRussie\b"#, #"\bTurquie\b"#, #"\bSyrie\b"#, #"Corée du (Nord|Sud)"#, #"\bMoldavie\b"#,
                #"\bBiélorussie\b"#, #"\bIrak\b"#, #"Allemagne de l’Est"#,
            ]
            : [
                #"\bRussia\b"#, #"\bTurkey\b"#, #"\bVietnam\b"#, #"\bSyria\b"#, #"\bIran\b(?!\s\()"#, #"(North|South) Korea"#,
                #"East Germany"#,
            ]
        for pattern in retired {
            let found = brief.text.range(of: pattern, options: .regularExpression).map { String(brief.text[$0]) }
            #expect(found == nil, "\(pattern) in the \(language) brief")
        }
        #expect(brief.text.contains(language == "fr" ? "Fédération de Russie" : "Russian Federation"))
        let table = try #require(brief.read("report/data/ammunition-samples-by-country.csv"))
        #expect(table.contains("Russia,") && !table.contains("Russian Federation"), "the data table keeps the canonical names")
    }
}

extension UNStyleTests {
    /// The page after the cover: the abbreviations the brief uses, every one it uses and no other,
    /// how to cite it, and the UN designations notice.
    @Test(arguments: [(Scenario.demo, "en"), (.demo, "fr"), (.acled, "en")])
    func theImprintListsTheAbbreviationsUsedHowToCiteAndTheNotice(_ scenario: Scenario, _ language: String) throws {
        let brief = try BuiltBrief(scenario, language: language)
        let pages = brief.text.components(separatedBy: "\u{0C}")
        let imprint = pages[1], rest = pages.dropFirst(2).joined(separator: "\n")
        let shorts =
            language == "fr"
            ? ["ACLED", "EEI", "EEIRC", "MINUSMA", "ONU", "RPG", "JNIM", "EIGS", "UNIDIR"]
            : ["ACLED", "IED", "RCIED", "MINUSMA", "UN", "RPG", "JNIM", "ISGS", "UNIDIR"]
        func used(_ short: String, in text: String) -> Bool {
            text.range(of: "(?<![\\p{L}\\p{N}])\(short)s?(?![\\p{L}])", options: .regularExpression) != nil
        }
        let listed = Set(imprint.split(separator: "\n").map(String.init).filter(shorts.contains))
        for short in shorts {
            #expect(listed.contains(short) == used(short, in: rest), "\(short): listed \(listed.contains(short))")
        }
        #expect(listed.contains("MINUSMA"))
        #expect(listed.contains("ACLED") == (scenario == .acled))
        let folded = imprint.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains(language == "fr" ? "Référence à citer" : "Please cite as:"))
        // The date inside the sentence starts with a small letter: "(data as of …)", "(publié le …)".
        #expect(["(data as of ", "(published ", "(données au ", "(publié le "].contains { folded.contains($0) })
        #expect(
            folded.contains(
                language == "fr"
                    ? "n’impliquent de la part du Secrétariat de l’Organisation des Nations Unies aucune prise de position"
                    : "do not imply the expression of any opinion whatsoever on the part of the Secretariat of the United Nations"
            ))
    }
}

extension UNStyleTests {
    /// The contents on the page after the cover: every section, in order, on the page its number
    /// says (the number printed at the page's foot).
    @Test(arguments: [(Scenario.demo, "en"), (.demo, "fr"), (.acled, "en")])
    func theContentsGiveEachSectionItsPage(_ scenario: Scenario, _ language: String) throws {
        let brief = try BuiltBrief(scenario, language: language)
        let pages = brief.text.components(separatedBy: "\u{0C}")
        let lines = pages[1].split(separator: "\n").map(String.init)
        let heading = language == "fr" ? "Table des matières" : "Contents"
        let start = try #require(lines.firstIndex(of: heading))
        // pdftotext gives each title, then its number, up to the abbreviations' heading.
        let end = language == "fr" ? "Sigles et abréviations" : "Abbreviations"
        let entries = lines[(start + 1)...].filter { !$0.isEmpty }.prefix { $0 != end }
        var pairs: [(title: String, number: Int)] = []
        for line in entries {
            if let number = Int(line), let last = pairs.last, last.number == 0 {
                pairs[pairs.count - 1].number = number
            } else {
                pairs.append((line, 0))
            }
        }
        #expect(pairs.count >= 5 && pairs.allSatisfy { $0.number > 0 }, "\(pairs)")
        for (title, number) in pairs where number > 0 {
            let page = pages[number].split(separator: "\n").map(String.init)
            #expect(page.contains(title), "“\(title)” is not on page \(number)")
            #expect(page.last { Int($0) != nil } == String(number), "page \(number)'s footer")
        }
    }
}

extension UNStyleTests {
    /// Calibres in prose, tables, chart labels and map keys as the UN writes them (`7.62 × 39 mm`,
    /// `7,62 × 39 mm` in French), never the data's key (`7.62x39mm`, which figures.json keeps).
    @Test(arguments: ["en", "fr"])
    func calibresAreWrittenWithASignAndASpacedUnit(_ language: String) throws {
        let brief = try BuiltBrief(.demo, language: language)
        #expect(brief.text.contains(language == "fr" ? "7,62 × 39 mm" : "7.62 × 39 mm"))
        let keys = brief.lines.filter { $0.contains(/\d(\.\d+)?(x\d+)?mmR?\b/) }
        #expect(keys.isEmpty, "\(keys.prefix(3))")
    }
}

extension UNStyleTests {
    /// A published brief names no configuration key (`analysis.produced_after`) and no file of the
    /// report or of the exports (`quality/rejects.csv`, `incidents.csv`): it says what they hold.
    @Test(arguments: [(Scenario.demo, "en"), (.demo, "fr"), (.acled, "en")])
    func noConfigurationKeyOrFileInThePages(_ scenario: Scenario, _ language: String) throws {
        let brief = try BuiltBrief(scenario, language: language)
        for pattern in [#"\b[a-z]+\.[a-z]+_[a-z_]+\b"#, #"[\w-]+\.(csv|yml|json)\b"#, #"\bpipeline\.yml\b"#] {
            let found = brief.text.range(of: pattern, options: .regularExpression).map { String(brief.text[$0]) }
            #expect(found == nil, "\(pattern): \(found ?? "")")
        }
    }
}

extension UNStyleTests {
    /// A count of one to nine in running text is written in words ("every five days", "eight
    /// decades"); larger ones, shares, units and dates stay in figures.
    @Test(arguments: ["en", "fr"])
    func smallCountsInProseAreWords(_ language: String) throws {
        let body = try BuiltBrief(.demo, language: language).body
        let phrases =
            language == "fr"
            ? ["tous les cinq jours", "sur huit décennies", "quatre pays producteurs", "de 34 autres pays"]
            : [
                "every five days", "over eight decades", "four producing countries", "from 34 other countries",
                "five types of weapon",
            ]
        for phrase in phrases { #expect(body.contains(phrase), "“\(phrase)”") }
        #expect(!body.contains(language == "fr" ? "tous les 5 jours" : "every 5 days"))
    }
}

extension UNStyleTests {
    /// Materiel named in the French edition's word order: the kind first, then the model
    /// (`fusil d’assaut Type 56`, `roquette de type S-5`), never `Type 56 fusil d’assaut`.
    @Test func frenchMaterielNamesPutTheKindFirst() throws {
        let text = try BuiltBrief(.demo, language: "fr").text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("fusil d’assaut Type 56") && text.contains("roquette de type S-5"))
        #expect(text.contains("grenade antichar de type RPG-32") && !text.contains("anti-tank"))
        // The participle agrees with the kind: "mitrailleuse lourde …, récupérée".
        #expect(text.contains("mitrailleuse lourde Type 85, 12,7 × 108 mm, Chine 2019, récupérée à Ménaka"))
        #expect(text.contains("La plus récente à atteindre une nouvelle zone, la roquette de lance-roquettes antichar"))
        #expect(!text.contains("Type 56 fusil") && !text.contains("S-5 type roquette"))
        let english = try BuiltBrief(.demo).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(english.contains("Type 56 assault rifle") && english.contains("S-5 type rocket"))
        // The maps' graticule in French: west is ouest.
        #expect(text.contains("10° O") && !text.contains("10°W") && english.contains("10°W"))
    }
}

extension UNStyleTests {
    /// A table carried on to the next page says so above its repeated header, at the page's top.
    /// (The demo brief's tables all fit their pages; the producers' table, which a template may
    /// place, is long enough to carry on after three paragraphs.)
    @Test(arguments: ["en", "fr"])
    func aTableCarriedOnSaysSo(_ language: String) throws {
        var inputs = try BriefLayoutTests.inputs()
        inputs.language = try Language.load(language)
        let long = String(repeating: "Words that fill the page. ", count: 40)
        let data = try BriefLayout(inputs: inputs).render([
            .heading("Section", level: 1), .paragraph(long), .paragraph(long), .paragraph(long), .table("producers"),
        ])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("continued-\(language)-\(UUID()).pdf")
        try data.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let marker = language == "fr" ? "Tableau 1 (suite)" : "Table 1 (continued)"
        let pages = try ExternalTool.run("pdftotext", [path.path, "-"]).output.components(separatedBy: "\u{0C}")
        let page = try #require(pages.first { $0.contains(marker) }, "no “\(marker)”")
        #expect(page.hasPrefix(marker), "the marker opens its page")
    }
}

extension UNStyleTests {
    /// Every abbreviation the running text uses is spelt out where it first appears ("improvised
    /// explosive devices (IEDs)"), in both editions and on ACLED data.
    @Test(arguments: [(Scenario.demo, "en"), (.demo, "fr"), (.acled, "en"), (.unOnly, "en"), (.oneYear, "fr")])
    func abbreviationsAreSpeltOutAtFirstUse(_ scenario: Scenario, _ language: String) throws {
        let layout = try scenario.laidOutBrief(language: language)
        let running = layout.blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let t), .bullet(let t), .callout(let t): t
            default: nil
            }
        }
        let text = running.joined(separator: "\n")
        var checked = 0
        for key in BriefAbbreviations.keys {
            let short = try layout.inputs.language.text("abbreviations.\(key).short")
            // The word itself: not inside another (`UN` in `UNIDIR`), plural s allowed.
            let word = try Regex("(^|[^\\p{L}\\p{N}])\(short)s?(?![\\p{L}\\p{N}])")
            guard let first = text.firstMatch(of: word) else { continue }
            checked += 1
            let start = text[first.range].firstIndex(of: short.first!)!
            let before = text[..<start]
            #expect(
                before.hasSuffix("(") || before.hasSuffix("; "),
                "\(scenario) \(language): first “\(short)” not spelt out: …\(before.suffix(60))")
        }
        #expect(checked >= 2)
    }
}

extension UNStyleTests {
    /// A year range and a day with its month never break at a line's end: the line breaks are
    /// pdftotext's, so "2014–" ending a line, or a day number ending one before its month, is a
    /// break the layout allowed.
    @Test(arguments: ["en", "fr"])
    func rangesAndDatesStayOnOneLine(_ language: String) throws {
        let brief = try BuiltBrief(.demo, language: language)
        let months = try Language.load(language).monthNames.joined(separator: "|")
        let lines = brief.text.split(separator: "\n").map(String.init)
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(!line.hasSuffix("–") || !(next.first?.isNumber ?? false), "a range broken: “\(line)” / “\(next)”")
            let dayAtEnd = line.firstMatch(of: try Regex("\\b\\d{1,2}(ᵉʳ)?$")) != nil
            let monthFirst = next.firstMatch(of: try Regex("^(\(months))\\b")) != nil
            #expect(!(dayAtEnd && monthFirst), "a date broken: “\(line)” / “\(next)”")
        }
    }
}

extension UNStyleTests {
    @Test("a first use in the possessive keeps its ending on the spelt-out name; an article is added where none stands")
    func firstUseForms() throws {
        let english = try FirstUse(.english)
        let acled = try #require(english.forms.first { $0.short == "ACLED" })
        #expect(
            english.spellOut(acled, in: "As noted, ACLED's counts include attackers.")?.text
                == "As noted, the Armed Conflict Location &amp; Event Data Project's (ACLED) counts include attackers.")
        #expect(
            english.spellOut(acled, in: "ACLED recorded six.")?.text
                == "The Armed Conflict Location &amp; Event Data Project (ACLED) recorded six.")
        let jnim = try #require(english.forms.first { $0.short == "JNIM" })
        #expect(
            english.spellOut(jnim, in: "attacks by JNIM rose")?.text
                == "attacks by Jama’at Nusrat al-Islam wal-Muslimin (Group for the Support of Islam and Muslims; JNIM) rose")
        let ied = try #require(english.forms.first { $0.short == "IED" })
        #expect(english.spellOut(ied, in: "the IEDs it found")?.text == "the improvised explosive devices (IEDs) it found")
        #expect(
            english.spellOut(ied, in: "an improvised explosive device (IED) went off")?.text
                == "an improvised explosive device (IED) went off")
    }
}

extension UNStyleTests {
    /// The method note's definitions spell out what the text before them never used (Map 2's JNIM);
    /// "origin not recorded" marks only tracker items whose records name no origin.
    @Test func definitionsAndOrigins() throws {
        let text = try BuiltBrief(.demo).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            text.contains(
                "Jama’at Nusrat al-Islam wal-Muslimin (Group for the Support of Islam and Muslims; JNIM) and its affiliates"))
        #expect(text.contains("Type 56 assault rifle, 7.62 × 39 mm, origin not recorded"))
        #expect(!text.contains("heavy machine gun, 12.7 × 108 mm, origin not recorded"), "an arms type has no origin to record")
    }
}
