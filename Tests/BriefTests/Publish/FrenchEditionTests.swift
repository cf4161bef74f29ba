import Foundation
import Testing

/// The French edition, built end to end by the real command on the scenario matrix: the same
/// numbers as the English build, the same statements chosen by the same computed values, and no
/// English left in it.
@Suite("The French edition", .serialized)
struct FrenchEditionTests {
    @Test("the French build's figures.json has every number of the English build's")
    func sameNumbers() throws {
        let english = try BuiltBrief(.demo), french = try BuiltBrief(.demo, language: "fr")
        let en = try english.figures(), fr = try french.figures()
        #expect(Set(en.keys) == Set(fr.keys))
        for (id, figure) in en {
            let other = try #require(fr[id])
            for key in ["categories", "available", "brief", "axis", "unit"] {
                #expect("\(figure[key] ?? "")" == "\(other[key] ?? "")", "\(id).\(key)")
            }
            #expect(
                NSArray(array: figure["series"] as? [Any] ?? []) == NSArray(array: other["series"] as? [Any] ?? []),
                "\(id) series")
        }
        #expect(NSDictionary(dictionary: try english.headline()) == NSDictionary(dictionary: try french.headline()))
        #expect(fr["attacks-per-year"]?["title"] as? String == "Attaques extrémistes au Mali par zone, 2014–2022")
        #expect(english.read("report/data/attacks-per-year.csv") == french.read("report/data/attacks-per-year.csv"))
    }

    @Test("every number in the French text is a computed value", arguments: Scenario.allCases)
    func numbersAreComputed(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario, language: "fr")
        let allowed = brief.computedNumbers()
        let strays = brief.frenchProseNumbers().filter { !allowed.contains($0.number) }
        #expect(
            strays.isEmpty, "numbers not among the computed values: \(strays.prefix(8).map { "\($0.number) in “\($0.line)”" })")
        #expect(
            brief.body.contains("2 327") || scenario == .unOnly || scenario == .oneYear || scenario == .acled
                || !brief.body.contains("2,327"), "French thousands are spaced, never commas")
    }

    @Test("no English sentence of the template or the vocabulary is left in the French brief", arguments: Scenario.allCases)
    func noEnglish(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario, language: "fr")
        let text = brief.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let leftovers = EnglishText.phrases.filter { text.contains($0) }
        #expect(leftovers.isEmpty, "English in the French brief: \(leftovers.prefix(5))")
        for word in [" the ", " per cent", " of the ", "Figure 1. Extremist", "Source: "] {
            #expect(!text.contains(word), "“\(word)” in the French brief")
        }
    }

    @Test("French statements are chosen by the same computed values as the English ones", arguments: Scenario.allCases)
    func sameStatements(_ scenario: Scenario) throws {
        let english = try BuiltBrief(scenario), french = try BuiltBrief(scenario, language: "fr")
        // The same figures under the same numbers (where a float lands may differ: French runs longer).
        let en = english.text.matches(of: /(Figure|Box) (\d+[a-z]?)\.\s/).map { String($0.output.2) }
        let fr = french.text.matches(of: /(Figure|Encadré) (\d+[a-z]?)\.\s/).map { String($0.output.2) }
        #expect(en.sorted() == fr.sorted())
        // The same key findings, and the same directions.
        #expect(english.body.components(separatedBy: "• ").count == french.body.components(separatedBy: "• ").count)
        let rises = english.directionClaims().filter { $0.direction == "rose" || $0.direction == "growing" }.count
        let falls = english.directionClaims().filter { $0.direction == "fell" || $0.direction == "smaller" }.count
        #expect(
            french.body.matches(of: /(augmenté|progressé), passant/).count
                + french.body.components(separatedBy: "part croissante").count - 1
                + french.body.components(separatedBy: "s’est alourdi").count - 1 == rises)
        #expect(
            french.body.matches(of: /(diminué|reculé), passant/).count
                + french.body.components(separatedBy: "part plus faible").count - 1
                + french.body.components(separatedBy: "s’est allégé").count - 1 == falls)
        for claim in french.frenchDirectionClaims() {
            #expect(claim.isConsistent, "\(claim.sentence)")
        }
        // Unknown stays unknown in both.
        #expect(english.body.contains("not recorded in this data") == french.body.contains("pas enregistré dans ces données"))
        #expect(english.text.contains("SYNTHETIC DEMO DATA") == french.text.contains("DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES"))
    }

    @Test("French typography: dates, guillemets, places and countries in French")
    func typography() throws {
        let brief = try BuiltBrief(.demo, language: "fr")
        #expect(brief.text.contains("Données au 1ᵉʳ décembre 2023"), "the UN file's last record, in French")
        #expect(brief.text.contains("« à peu près stable »"))
        #expect(
            brief.text.contains("Union soviétique")
                && brief.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
                    "Iran (République islamique d’)")
        )
        #expect(brief.text.contains("Figure 3a. Échantillons de munitions par pays producteur"))
        #expect(brief.text.contains("Encadré 7. EEI radiocommandés"))
        #expect(brief.text.contains("années") && brief.text.contains("27 %"))
        #expect(brief.text.contains("Source : La base de données de la mission"))
    }
}

/// The English wording a French brief must not contain: every run of four or more words of the
/// English template's literal text, and every English vocabulary text of three or more words that
/// French words differently.
enum EnglishText {
    static let phrases: [String] = {
        let template =
            (try? String(
                contentsOfFile: Repository.root.appendingPathComponent(
                    "Sources/Publish/Resources/brief.mustache"
                ).path, encoding: .utf8)) ?? ""
        var phrases: [String] = []
        let body = template.replacing(/\{\{![^}]*\}\}/.dotMatchesNewlines(), with: "")
        for piece in body.split(separator: /\{\{[^}]*\}\}|<\/?[bi]>|\n|[\[\]]/) {
            let words = piece.split(separator: " ").filter { $0.contains(/[a-z]{2}/) }
            if words.count >= 4 { phrases.append(piece.trimmingCharacters(in: .whitespaces)) }
        }
        let english =
            (try? String(
                contentsOfFile: Repository.root.appendingPathComponent(
                    "Sources/Localization/Resources/languages/en.yml"
                ).path, encoding: .utf8)) ?? ""
        let french =
            (try? String(
                contentsOfFile: Repository.root.appendingPathComponent(
                    "Sources/Localization/Resources/languages/fr.yml"
                ).path, encoding: .utf8)) ?? ""
        for match in english.matches(of: /: "([^"{}]+)"/) {
            let text = String(match.output.1)
            if text.split(separator: " ").count >= 3, !french.contains("\"\(text)\"") { phrases.append(text) }
        }
        return phrases
    }()
}

extension BuiltBrief {
    /// Numbers in lines that hold words, read the French way (`2 327`, `8,3`), written as the
    /// computed values are (`2327`, `8.3`).
    func frenchProseNumbers() -> [(number: String, line: String)] {
        let number = /\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?/
        return lines.filter { $0.contains(/\p{L}{3}/) }.flatMap { line in
            line.matches(of: number).map {
                (String($0.output).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "."), line)
            }
        }
    }

    /// French sentences that state a direction (`a augmenté, passant de 103 en 2014 à 410 en 2022`).
    func frenchDirectionClaims() -> [DirectionClaim] {
        func number(_ text: Substring) -> Double { Double(text.replacingOccurrences(of: " ", with: "")) ?? .nan }
        var claims: [DirectionClaim] = []
        let stated = /(augmenté|progressé|diminué|reculé), passant de ([\d ]+?)( %)?(?: en \d{4})? à (\d(?:[\d ]*\d)?)( %)?/
        for m in body.matches(of: stated) {
            let rose = m.1 == "augmenté" || m.1 == "progressé"
            claims.append(
                .init(
                    sentence: String(m.0), direction: rose ? "rose" : "fell", first: number(m.2), last: number(m.4),
                    isShare: m.3 != nil))
        }
        for m in body.matches(
            of: /(alourdi|allégé|à peu près stable) : ([\d ]+?) personnes ont été tuées en \d{4} et ([\d ]+?) en/)
        {
            let direction = m.1 == "alourdi" ? "rose" : m.1 == "allégé" ? "fell" : "level"
            claims.append(
                .init(sentence: String(m.0), direction: direction, first: number(m.2), last: number(m.3), isShare: false))
        }
        return claims
    }
}
