import Testing

@testable import Publish

/// Each glyph outline is kept once in the page; a later chart's letters point to the first copy.
@Suite struct SharedGlyphsTests {
    static func chart(_ prefix: String, _ outlines: [String]) -> [UInt8] {
        var svg = "<svg><defs><g>\n"
        for (i, d) in outlines.enumerated() {
            svg += "<symbol overflow=\"visible\" id=\"\(prefix)--glyph0-\(i)\">\n<path d=\"\(d)\"/>\n</symbol>\n"
        }
        svg += "</g></defs>\n"
        for i in outlines.indices { svg += "<use xlink:href=\"#\(prefix)--glyph0-\(i)\" x=\"\(i)\"/>\n" }
        return Array((svg + "</svg>").utf8)
    }

    @Test func aSecondChartPointsToTheFirstChartsOutlines() {
        var glyphs = SharedGlyphs()
        let first = String(decoding: glyphs.share(Self.chart("a", ["M 1", "M 2"])), as: UTF8.self)
        let second = String(decoding: glyphs.share(Self.chart("b", ["M 2", "M 3"])), as: UTF8.self)
        #expect(first.contains("id=\"a--glyph0-0\"") && first.contains("id=\"a--glyph0-1\""))
        // "M 2" is a's glyph0-1: b's copy is gone and b's letter points there; "M 3" is b's own.
        #expect(!second.contains("id=\"b--glyph0-0\"") && second.contains("<use xlink:href=\"#a--glyph0-1\" x=\"0\"/>"))
        #expect(second.contains("id=\"b--glyph0-1\"") && second.contains("<use xlink:href=\"#b--glyph0-1\" x=\"1\"/>"))
        #expect(second.components(separatedBy: "<symbol").count == 2)
    }
}
