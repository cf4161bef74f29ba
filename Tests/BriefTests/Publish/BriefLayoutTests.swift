import BriefModel
import Drawing
import Figures
import Foundation
import Testing

@testable import Publish
@testable import Render

/// The visual rules of a published page, checked on the layout and the drawing, not only by eye.
@Suite("Pages that look published")
struct BriefLayoutTests {
    static func inputs(period: Period = Period(from: 2014, to: 2022)!) throws -> BriefInputs {
        let data = try DemoFigures.dataset()
        let figures = FigureRegistry.computeAll(data, period: period, sources: SourceAttribution(isSyntheticDemo: true))
        var inputs = BriefInputs(
            figures: figures, headline: Headline.compute(data, period: period), quality: [], period: period,
            document: DocumentInfo(), dateLine: "Data as of 1 December 2023", pdfDate: "2023-12-01T00:00:00Z",
            isSyntheticDemo: true)
        inputs.facts = Facts.compute(figures, period: period)
        return inputs
    }

    @Test("no page is left more than a quarter empty while text after a figure could have filled it; no heading ends a page")
    func pagesAreFilled() throws {
        let layout = try BriefRenderer.laidOut(try Self.inputs()).layout
        #expect(layout.pageEnds.count >= 8)
        for end in layout.pageEnds {
            if let movable = end.movableTextHeight, end.fill < 0.75 {
                let room = (1 - end.fill) * (BriefPage.contentBottom - BriefPage.top)
                #expect(movable > room, "page \(end.page): \(Int(movable)) pt of text could have filled \(Int(room)) pt")
            }
            #expect(end.lastBlock != "heading", "page \(end.page) ends with a heading")
        }
    }

    @Test("a figure that does not fit lets the paragraph after it move up")
    func figuresFloat() throws {
        let layout = try BriefLayout(inputs: try Self.inputs())
        let long = String(repeating: "Words that fill the page. ", count: 40)
        _ = try layout.render([
            .heading("Section", level: 1), .paragraph(long), .paragraph(long), .paragraph(long),
            .figure(id: "attacks-per-year"), .paragraph("A short paragraph that fits below the text."),
        ])
        let first = try #require(layout.pageEnds.first)
        #expect(first.lastBlock == "paragraph", "the short paragraph should have moved up before the figure")
        #expect(first.nextBlock == "figure")
    }

    @Test("chart height follows the number of bars")
    func chartHeights() throws {
        let inputs = try Self.inputs()
        let types = try #require(inputs.figure("minusma-attack-types")).chart
        let countries = try #require(inputs.figure("ammunition-samples-by-country")).chart
        #expect(types.categories.count == 4 && countries.categories.count == 11)
        #expect(ChartPainter.size(for: types).height < ChartPainter.size(for: countries).height * 0.6)
        #expect(ChartPainter.size(for: types).height == ChartFrame.height(for: types))
    }

    @Test("chart text is at least 8 pt as printed in the brief")
    func chartTextSize() throws {
        let layout = try BriefRenderer.laidOut(try Self.inputs()).layout
        let smallest = try #require(layout.canvas.drawnTexts.min { $0.printedSize < $1.printedSize })
        #expect(smallest.printedSize >= 8, "“\(smallest.text)” prints at \(smallest.printedSize) pt")
    }

    @Test("grouped bars are labelled all or none: upright, turned upwards where upright ones would not fit, or none")
    func groupedLabels() throws {
        let chart = ChartSpec(
            kind: .groupedBars, title: "T", subtitle: "S", source: "Source: test.",
            categories: (2011...2022).map(String.init),
            layers: [
                .init(label: "A", colorKey: "ied_attacks", values: [17, 23] + Array(repeating: 0, count: 10)),
                .init(label: "B", colorKey: "ied_finds", values: [19, 29] + Array(repeating: 0, count: 10)),
            ], valueLabel: "N")
        func labels(_ chart: ChartSpec) throws -> [(text: String, turned: Bool)] {
            let canvas = try ChartPainter.render(chart, format: .svg)
            return canvas.drawnTexts.filter { Int($0.text.replacingOccurrences(of: ",", with: "")) != nil }
                .map { ($0.text, $0.rotation != 0) }
        }
        let upright = try labels(chart)
        for value in ["17", "23", "19", "29"] { #expect(upright.contains { $0.text == value && !$0.turned }, "\(value)") }
        var wide = chart
        wide.layers[1].values = [19, 123_456] + Array(repeating: 0, count: 10)
        let turned = try labels(wide).filter(\.turned).map(\.text)
        for value in ["17", "23", "19", "123,456"] { #expect(turned.contains(value), "\(value) turned in \(turned)") }
        var narrow = wide
        narrow.categories = (1961...2022).map(String.init)
        narrow.layers = narrow.layers.map { layer in
            var copy = layer
            copy.values = Array(copy.values.prefix(2)) + Array(repeating: 0, count: 60)
            return copy
        }
        #expect(try labels(narrow).filter(\.turned).isEmpty && !(try labels(narrow).contains { $0.text == "123,456" }))
    }

    @Test("civilians are drawn inside the killed bar, and a layer zero throughout has no legend entry")
    func nestedAndEmptyLayers() throws {
        let chart = ChartSpec(
            kind: .groupedBars, title: "T", subtitle: "S", source: "Source: test.",
            categories: ["2014"],
            layers: [
                .init(label: "Killed", colorKey: "killed", values: [10]),
                .init(label: "Injured", colorKey: "injured", values: [0]),
                .init(label: "of whom civilians", colorKey: "killed_civilians", values: [4], nestedIn: "killed"),
            ], valueLabel: "N")
        let texts = try ChartPainter.render(chart, format: .svg).drawnTexts.map(\.text)
        #expect(texts.contains("of whom civilians") && texts.contains("Killed"))
        #expect(!texts.contains("Injured"), "a layer zero throughout is not in the legend")
        #expect(texts.filter { $0 == "0" }.count == 1, "only the axis' 0, no bar for the empty layer")
    }

    @Test("each colour keeps one meaning across all charts")
    func oneColourOneMeaning() {
        var meanings: [String: String] = [:]
        for (key, color) in Palette.byKey {
            let hex = color.hexString
            let synonym = Palette.synonyms.first { $0.contains(key) }
            if let other = meanings[hex], synonym?.contains(other) != true {
                Issue.record("\(hex) means both \(other) and \(key)")
            }
            meanings[hex] = key
        }
        let attackColours = ["ied", "indirect_fire", "small_arms_fire", "complex"].map { Palette.color(for: $0).hexString }
        #expect(Set(attackColours).count == 4)
    }

    @Test("single-series charts use the neutral colour; attack types their own")
    func figureColours() throws {
        let inputs = try Self.inputs()
        for figure in inputs.figures where figure.isAvailable && figure.chart.layers.count == 1 {
            #expect(figure.chart.layers[0].colorKey == "neutral", "\(figure.id)")
        }
        let types = try #require(inputs.figure("minusma-attack-types-per-year"))
        #expect(types.chart.layers.map(\.colorKey) == ["ied", "indirect_fire", "small_arms_fire", "complex"])
    }
}
