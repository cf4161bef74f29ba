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
