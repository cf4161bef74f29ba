import BriefModel
import Figures
import Foundation
import Localization
import Testing

@testable import Publish

/// A period in which the data records no attack: no share can be computed, so no sentence may hold
/// an empty place where one would go.
@Suite struct EmptyPeriodBriefTests {
    /// 2013: attacks but no ammunition sample; 2030: nothing recorded at all, so no share of attacks either.
    @Test(arguments: ["en", "fr"], [2013, 2030])
    func noSentenceHasAHoleWhereAShareWouldBe(_ code: String, _ year: Int) throws {
        var inputs = try BriefLayoutTests.inputs(period: Period(from: year, to: year)!)
        inputs.language = try Language.load(code)
        let text = try BriefText.blocks(inputs, templatePath: nil).map { "\($0)" }.joined(separator: "\n")
        // The demo data has no ammunition recovered before 2014: said in words instead.
        #expect(text.contains(code == "en" ? "No ammunition sample of calibre" : "Aucun échantillon de munitions"))
        for hole in ["( ", "()", "(\u{00A0}", "( per", ",  per cent", "soit  du", "  ", " ,", " .", " %"] {
            #expect(!text.contains(hole), "“\(hole)” in \(code): \(text.split(separator: "\n").filter { $0.contains(hole) })")
        }
    }

    /// Nothing recorded at all: every count the brief states is zero, said in words ("no attack",
    /// "no one was killed") rather than as "0 attacks" or "Attacks killed 0", and a one-year period
    /// is never "between 2030 and 2030".
    @Test(arguments: ["en", "fr"])
    func countsOfZeroAreSaidInWords(_ code: String) throws {
        var inputs = try BriefLayoutTests.inputs(period: Period(from: 2030, to: 2030)!)
        inputs.language = try Language.load(code)
        let text = try BriefText.blocks(inputs, templatePath: nil).map { "\($0)" }.joined(separator: "\n")
        let said =
            code == "en"
            ? [
                "no extremist attack", "No one was killed in attacks in 2030.", "No attack targeted MINUSMA.",
                "counts no attack in 2030", "No attack against MINUSMA is recorded.", "no sample of cartridge calibres",
            ]
            : [
                "aucune attaque extrémiste", "Personne n’a été tué lors d’attaques en 2030.",
                "Aucune attaque n’a visé la MINUSMA.",
                "ne recense aucune attaque en 2030", "Aucune attaque contre la MINUSMA n’est enregistrée.",
                "aucun échantillon de cartouches",
            ]
        for phrase in said { #expect(text.contains(phrase), "“\(phrase)” missing in \(code)") }
        let unsaid =
            code == "en"
            ? [" 0 attack", "killed 0", "target of 0", "counts 0", ">0 ", "0 people", "0 samples", "between 2030 and 2030"]
            : [" 0 attaque", "tué 0", "cible de 0", "recense 0", ">0 ", "0 personnes", "0 échantillons", "entre 2030 et 2030"]
        for phrase in unsaid {
            #expect(
                !text.contains(phrase), "“\(phrase)” in \(code): \(text.split(separator: "\n").filter { $0.contains(phrase) })")
        }
    }

    /// A count of one takes the singular, verb included.
    @Test(arguments: ["en", "fr"])
    func aCountOfOneTakesTheSingular(_ code: String) throws {
        var inputs = try BriefLayoutTests.inputs(period: Period(from: 2022, to: 2022)!)
        inputs.language = try Language.load(code)
        inputs.headline.values = inputs.headline.values.map { entry in
            ["attacks", "minusma_attacks", "attacks_last_year_central"].contains(entry.key) ? (entry.key, .count(1)) : entry
        }
        let text = try BriefText.blocks(inputs, templatePath: nil).map { "\($0)" }.joined(separator: "\n")
        let said =
            code == "en"
            ? [
                "one extremist attack</b> in Mali", "MINUSMA was the target of one attack</b>", "1 attack (",
                "counts one attack in", "MINUSMA was the target of one attack.",
            ]
            : [
                "une attaque extrémiste</b> au Mali", "La MINUSMA a été la cible d’une attaque</b>", "1 attaque (",
                "recense une attaque en", "La MINUSMA a été la cible d’une attaque.",
            ]
        for phrase in said { #expect(text.contains(phrase), "“\(phrase)” missing in \(code): \(text)") }
    }
}
