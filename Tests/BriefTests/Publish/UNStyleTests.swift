import Foundation
import Testing

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
                #"\bBiélorussie\b"#,
            ]
            : [#"\bRussia\b"#, #"\bTurkey\b"#, #"\bVietnam\b"#, #"\bSyria\b"#, #"\bIran\b(?!\s\()"#, #"(North|South) Korea"#]
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
        #expect(
            folded.contains(
                language == "fr"
                    ? "n’impliquent de la part du Secrétariat de l’Organisation des Nations Unies aucune prise de position"
                    : "do not imply the expression of any opinion whatsoever on the part of the Secretariat of the United Nations"
            ))
    }
}
