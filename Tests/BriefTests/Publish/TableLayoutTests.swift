import Foundation
import Testing

@testable import Publish

/// Tables are measured before they are drawn: every column fits its widest cell or wraps it, a break
/// leaves at least four rows on each side, and no word of the brief is printed over another.
@Suite("Tables that fit")
struct TableLayoutTests {
    /// Each character is 5 points wide and each line 10 high; wrapping breaks at spaces.
    static func geometry(header: [String], rows: [[String]], hints: [Double], width: Double) -> TableGeometry {
        TableGeometry(
            header: header, rows: rows, hints: hints, width: width, lineHeight: 15,
            measure: { text, _, wrap in
                let words = text.split(separator: " ").map { Double($0.count) * 5 }
                guard let wrap else { return (Double(text.count) * 5, 10) }
                var lines = 1, line = 0.0
                for word in words {
                    let needed = line == 0 ? word : line + 5 + word
                    if needed > wrap, line > 0 {
                        lines += 1
                        line = word
                    } else {
                        line = needed
                    }
                }
                return (min(wrap, Double(text.count) * 5), Double(lines) * 10)
            },
            longestWord: { text, _ in Double(text.split(separator: " ").map(\.count).max() ?? 0) * 5 })
    }

    @Test func aColumnNarrowerThanItsHintGetsItsWidestCell() {
        // The hints give the first column 20 points; "Première récupération" needs 21 × 5 + 8.
        let g = Self.geometry(
            header: ["Première récupération", "Régions"], rows: [["2014-01-27 Kidal", "13"]], hints: [0.1, 0.9],
            width: 200)
        #expect(g.widths[0] >= 21 * 5 + 8)
        #expect(g.widths[1] >= 7 * 5 + 8)
        #expect(abs(g.widths.reduce(0, +) - 200) < 1e-6)
        #expect(g.rowHeights == [15] && g.headerHeight == 15)
    }

    @Test func whenNothingFitsTheWidestColumnWrapsAndItsRowGrows() {
        let long = "Type 56 assault rifle 7.62x39mm China 2014"
        let g = Self.geometry(header: ["Item", "Regions"], rows: [[long, "13"]], hints: [0.5, 0.5], width: 120)
        #expect(abs(g.widths.reduce(0, +) - 120) < 1e-6)
        #expect(g.widths[1] >= 7 * 5 + 8, "the short column keeps its widest cell")
        #expect(g.widths[0] >= 8 * 5 + 8, "never below the longest word, 7.62x39mm")
        #expect(g.rowHeights[0] > 15, "the wrapped row is taller")
    }

    @Test func aBreakLeavesAtLeastFourRowsOnEachSide() {
        let g = Self.geometry(
            header: ["A"], rows: Array(repeating: ["x"], count: 12), hints: [1], width: 100)
        // Ten rows fit on the first page; two would be left: the break comes back to leave four.
        let breaks = g.pageBreaks(top: 0, pageTop: 0, bottom: 150)
        #expect(breaks == [8])
        // A long table breaks where the page ends, each page under the repeated header.
        let long = Self.geometry(header: ["A"], rows: Array(repeating: ["x"], count: 30), hints: [1], width: 100)
        #expect(long.pageBreaks(top: 0, pageTop: 0, bottom: 150) == [10, 19, 26])
    }

    @Test func aShortTableIsKeptTogetherAndALongOneKeepsFourRowsWithItsHeader() {
        let short = Self.geometry(header: ["A"], rows: Array(repeating: ["x"], count: 7), hints: [1], width: 100)
        #expect(short.heightKeptTogether == 15 * 8)
        let long = Self.geometry(header: ["A"], rows: Array(repeating: ["x"], count: 8), hints: [1], width: 100)
        #expect(long.heightKeptTogether == 15 * 5)
    }

    /// Every word's box, as pdftotext reads it back from the brief: none overlaps another, none leaves the
    /// page's text area.
    @Test(
        "no word overlaps another", .serialized,
        arguments: [(Scenario.demo, "en"), (.demo, "fr"), (.acled, "en"), (.acled, "fr")])
    func noWordOverlapsAnother(_ scenario: Scenario, _ language: String) throws {
        let brief = try BuiltBrief(scenario, language: language)
        let boxes = try ExternalTool.run("pdftotext", ["-bbox", brief.runner.path("report/brief.pdf"), "-"])
        try #require(boxes.status == 0)
        let word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/
        var overlaps: [String] = [], outside: [String] = []
        for (number, page) in boxes.output.components(separatedBy: "<page ").dropFirst().enumerated() {
            let words = page.matches(of: word).map { m in
                (x0: Double(m.1)!, y0: Double(m.2)!, x1: Double(m.3)!, y1: Double(m.4)!, text: String(m.5))
            }
            for (i, a) in words.enumerated() {
                if a.x0 < BriefPage.left - 1 || a.x1 > BriefPage.width - BriefPage.right + 1 {
                    outside.append("p\(number + 1) \(a.text)")
                }
                for b in words[(i + 1)...] {
                    let dx = min(a.x1, b.x1) - max(a.x0, b.x0), dy = min(a.y1, b.y1) - max(a.y0, b.y0)
                    if dx > 0.5, dy > 1.5 { overlaps.append("p\(number + 1) \(a.text) × \(b.text)") }
                }
            }
        }
        #expect(overlaps.isEmpty, "\(overlaps.prefix(10))")
        #expect(outside.isEmpty, "\(outside.prefix(10))")
    }
}
