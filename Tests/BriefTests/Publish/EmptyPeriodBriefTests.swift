import BriefModel
import Figures
import Foundation
import Localization
@testable import Publish
import Testing

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
}
