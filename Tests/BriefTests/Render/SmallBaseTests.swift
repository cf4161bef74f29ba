import BriefModel
import Testing

@testable import Render

/// A chart's shares need as many records as the brief's (`BriefFacts.minimumBase`): two attacks
/// are drawn as counts, not as "1 (50%)".
@Suite struct SmallBaseTests {
    static func chart(_ counts: [Double]) -> ChartSpec {
        let total = counts.reduce(0, +)
        return ChartSpec(
            kind: .horizontalBars, title: "T", subtitle: "S", source: "Source: test.", categories: ["IED", "Complex attack"],
            layers: [
                .init(colorKey: "attacks", values: counts),
                .init(colorKey: "share", values: counts.map { total > 0 ? $0 / total : nil }),
            ])
    }

    @Test func sharesOfTooFewRecordsAreNotDrawn() throws {
        let few = try ChartPainter.render(Self.chart([1, 1]), format: .svg).drawnTexts.map(\.text)
        #expect(few.contains("1") && !few.contains { $0.contains("%") }, "\(few)")
        let enough = try ChartPainter.render(Self.chart([6, 4]), format: .svg).drawnTexts.map(\.text)
        #expect(enough.contains { $0.contains("(60%)") }, "\(enough)")
    }
}
