import Testing

@testable import Publish

/// Full pages, read from the layout's own record of how each page ended: before the back matter, no
/// page is less than 60 % full unless a section ends there and the next must start on a new page.
@Suite("Full pages")
struct PageFillTests {
    static let editions: [(Scenario, String)] = [
        (.demo, "en"), (.demo, "fr"), (.acled, "en"), (.unOnly, "en"), (.oneYear, "en"), (.falling, "en"),
    ]

    @Test("no page before the back matter is less than 60 % full, but where a forced break follows", arguments: editions)
    func pagesAreFull(_ scenario: Scenario, _ language: String) throws {
        let ends = try scenario.laidOutBrief(language: language).pageEnds
        // The back matter (method note, data quality) starts after the last forced break.
        let backMatter = try #require(ends.lastIndex { $0.nextBlock == "pagebreak" })
        for end in ends[...backMatter] where end.fill < 0.6 && end.nextBlock != "pagebreak" {
            Issue.record(
                "\(scenario) \(language), page \(end.page - 1): \(Int(end.fill * 100)) % full, \(end.lastBlock) then \(end.nextBlock)"
            )
        }
    }
}
