import BriefModel
import Testing

@testable import Render

/// Series of unlike size or measure each get a panel and a scale of their own, so that neither
/// vanishes beside the other (Figure 9a's arms beside its ammunition; Figure 9d's three counts).
@Suite("Panels")
struct PanelTests {
    static func chart(_ kind: ChartSpec.Kind, panels: Bool) -> ChartSpec {
        var chart = ChartSpec(
            kind: kind, title: "T", subtitle: "S", source: "Source: test.", categories: ["2020", "2021", "2022"],
            layers: [
                .init(label: "Arms", colorKey: "arms", values: [1, 2, 11]),
                .init(label: "Ammunition", colorKey: "ammunition", values: [50, 80, 100]),
            ])
        chart.panels = panels
        return chart
    }

    @Test("columns in panels: each titled, each on its own axis (the arms' axis ticks to 12, not 100)")
    func columnPanels() throws {
        let texts = try ChartPainter.render(Self.chart(.groupedBars, panels: true), format: .svg).drawnTexts.map(\.text)
        #expect(texts.contains("Arms") && texts.contains("Ammunition"))
        #expect(texts.contains("12") && texts.contains("100"), "\(texts)")
        let shared = try ChartPainter.render(Self.chart(.groupedBars, panels: false), format: .svg).drawnTexts.map(\.text)
        #expect(!shared.contains("12"), "one axis for both: \(shared)")
    }

    @Test("horizontal bars in panels: a titled column per measure, every value labelled")
    func barPanels() throws {
        let canvas = try ChartPainter.render(Self.chart(.groupedHorizontalBars, panels: true), format: .svg)
        let texts = canvas.drawnTexts.map(\.text)
        #expect(texts.filter { $0 == "Arms" }.count == 1 && texts.filter { $0 == "Ammunition" }.count == 1)
        for value in ["1", "2", "11", "50", "80", "100"] { #expect(texts.contains(value)) }
    }
}
