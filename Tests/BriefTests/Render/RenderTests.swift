import BriefModel
import Figures
import Foundation
import Testing

@testable import Drawing
@testable import Render

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct RenderTests {
    static let chart = ChartSpec(
        kind: .bars, title: "Attaques à Ménaka et Ségou, 2014–2022", subtitle: "Number of attacks per year",
        source: "Source: test", categories: ["2014", "2015", "2016"],
        layers: [.init(label: "Attacks", colorKey: "minusma", values: [51, 1_234, 0])], valueLabel: "Attacks")

    @Test func axisTicksOnNiceSteps() {
        #expect(AxisScale(maximum: 87).ticks == [0, 20, 40, 60, 80, 100])
        #expect(AxisScale(maximum: 410).step == 100)
        #expect(AxisScale(maximum: 2, wholeSteps: true).ticks == [0, 1, 2])
        #expect(AxisScale(maximum: 0.163).step == 0.05)
        #expect(AxisScale(maximum: 0).top == 1)
        // The tightest round top: 1,080 is drawn to 1,200 by 200, not to 1,500 by 500.
        let victims = AxisScale(maximum: 1080, wholeSteps: true)
        #expect(victims.top == 1200 && victims.step == 200)
        #expect(AxisScale(maximum: 626, wholeSteps: true).top == 700)
    }

    @Test func onlyThePinnedFontsAreAvailable() {
        let files = PinnedFonts.availableFontFiles()
        #expect(
            files == [
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            ])
    }

    @Test func accentsAndDashesHaveGlyphs() {
        let canvas = Canvas(format: .pdf, width: 100, height: 100)
        canvas.text("Ménaka, Ségou, Dioïla — 2014–2022 · 12,7 × 108 mm", x: 0, y: 0, font: Font(size: 10))
        #expect(canvas.missingGlyphs == 0)
        canvas.text("中文", x: 0, y: 0, font: Font(size: 10))
        #expect(canvas.missingGlyphs > 0)
    }

    @Test func pdfIsByteIdenticalAcrossRenders() throws {
        let first = try PDFChartRenderer().render(Self.chart)
        let second = try PDFChartRenderer().render(Self.chart)
        #expect(first == second)
        #expect(first.starts(with: Data("%PDF-".utf8)))
    }

    @Test func svgIsAccessibleAndReproducible() throws {
        let first = try SVGChartRenderer().render(Self.chart)
        let second = try SVGChartRenderer().render(Self.chart)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("role=\"img\""))
        #expect(text.contains("<title id=\"chart-title\">Attaques à Ménaka et Ségou, 2014–2022</title>"))
        #expect(text.contains("<desc id=\"chart-desc\">"))
        #expect(text.contains("2015: 1,234"))
        #expect(text.contains("id=\"surface1\""))
        #expect(try XMLDocument(data: first).rootElement()?.name == "svg")
    }

    @Test func surfaceIDsAreRenumberedInOrder() {
        let svg = "<g id=\"surface12\"><use xlink:href=\"#surface12\"/><g id=\"surface15\"/></g>"
        #expect(
            SVGChartRenderer.normaliseSurfaceIDs(svg)
                == "<g id=\"surface1\"><use xlink:href=\"#surface1\"/><g id=\"surface2\"/></g>")
    }
}

@Suite struct GlyphTests {
    @Test(arguments: FigureRegistry.ids)
    func everyDemoFigureRendersWithNoMissingGlyph(_ id: String) throws {
        let figure = FigureRegistry.definition(id: id)!.compute(try DemoFigures.dataset(), period: Period(from: 2014, to: 2022)!)
        // The renderers refuse a chart with a missing glyph, so rendering is the proof.
        #expect(try !PDFChartRenderer().render(figure.chart).isEmpty)
        #expect(try !SVGChartRenderer().render(figure.chart).isEmpty)
    }

    @Test func aLabelTheFontLacksIsAnError() {
        var chart = RenderTests.chart
        chart.categories[0] = "二〇一四"
        #expect(throws: RenderError.self) { try PDFChartRenderer().render(chart) }
    }
}
