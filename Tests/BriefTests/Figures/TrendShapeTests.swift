import BriefModel
import Foundation
import Localization
import Testing

@testable import Figures
@testable import Publish

/// Trends that show the shape: a peak or a dip between the ends, by a quarter of the larger end or
/// more, is said with its year and value; otherwise the ends are compared as before.
@Suite struct TrendShapeTests {
    static let years = ["2014", "2015", "2016", "2017", "2018"]

    static func trend(_ values: [Double?]) -> Trend? { Trend.counts(values, years: Array(years.prefix(values.count))) }

    @Test func risingFallingAndFlatSeriesHaveNoTurn() throws {
        let rising = try #require(Self.trend([10, 20, 30, 40]))
        #expect(rising.direction == .rose && rising.turn == nil)
        let falling = try #require(Self.trend([40, 30, 20, 10]))
        #expect(falling.direction == .fell && falling.turn == nil)
        let flat = try #require(Self.trend([50, 52, 49, 51]))
        #expect(flat.direction == .level && flat.turn == nil)
        // A bump of less than a quarter of the larger end is no peak.
        #expect(Self.trend([100, 120, 100])?.turn == nil)
    }

    @Test func aPeakOrADipBetweenTheEndsIsTheTurn() throws {
        let peaked = try #require(Self.trend([51, 60, 68, 84, 58]))
        #expect(peaked.direction == .rose)
        #expect(peaked.turn == Trend.Turn(kind: .peak, year: "2017", value: 84))
        let dipped = try #require(Self.trend([100, 40, 90]))
        #expect(dipped.turn == Trend.Turn(kind: .dip, year: "2015", value: 40))
        // Exactly a quarter of the larger end is enough.
        #expect(Self.trend([80, 100, 60])?.turn?.kind == .peak)
        // The first of equal highs is the peak.
        #expect(Self.trend([10, 30, 30, 10])?.turn?.year == "2015")
    }

    @Test func aOneYearSeriesHasNoTrendAndGapsMoveTheEnds() throws {
        #expect(Self.trend([5]) == nil)
        #expect(Self.trend([nil, 5, nil]) == nil)
        let inner = try #require(Self.trend([nil, 10, 20, nil]))
        #expect(inner.firstYear == "2015" && inner.lastYear == "2016" && inner.first == 10 && inner.last == 20)
    }

    /// The brief says the shape in both languages, and the ends of a trend that stops in a partial
    /// year are said to be partial.
    @Test(arguments: ["en", "fr"])
    func theBriefSaysTheShape(_ code: String) throws {
        var inputs = try BriefLayoutTests.inputs(period: Period(from: 2014, to: 2018)!)
        inputs.language = try Language.load(code)
        inputs.facts.minusmaAttacks = Self.trend([51, 60, 68, 84, 58])
        var attacks = try #require(
            Trend.counts(
                [100, 40, 90, 95, 70], years: Self.years,
                coverage: ["2018": .partial(from: nil, to: CivilDate(year: 2018, month: 10, day: 31))]))
        attacks.turn = Trend.Turn(kind: .dip, year: "2015", value: 40)
        inputs.facts.attacks = attacks
        let text = try BriefText.blocks(inputs, templatePath: nil).map { "\($0)" }.joined(separator: "\n")
        let said =
            code == "en"
            ? [
                "Attacks on the mission rose from 51 in 2014 to a peak of 84 in 2017, then fell to 58 in 2018.",
                "Their number fell from 100 in 2014 to a low of 40 in 2015, then rose to 70 in 2018 (to 31 October 2018).",
            ]
            : [
                "Les attaques contre la mission sont passées de 51 en 2014 à un pic de 84 en 2017, puis sont retombées à 58 en 2018.",
                "Leur nombre est passé de 100 en 2014 à un creux de 40 en 2015, puis est remonté à 70 en 2018 (jusqu’au 31\u{00A0}octobre 2018).",
            ]
        for sentence in said { #expect(text.contains(sentence), "“\(sentence)” missing in \(code)") }
        #expect(!text.contains(code == "en" ? "Attacks on the mission rose from 51 in 2014 to 58" : "passées de 51 en 2014 à 58"))
    }
}

/// What the brief may say of IED finds, from Figure 9's series.
@Suite struct FindsFactTests {
    static func figure(finds: [Double?], attacks: [Double?]) -> FigureResult {
        let years = (0..<finds.count).map { String(2019 + $0) }
        return FigureResult(
            id: "minusma-ied-attacks-vs-finds", title: "", brief: "Figure 9", axis: .year, unit: "incidents",
            categories: years, series: [Series(name: "ied_attacks", values: attacks), Series(name: "ied_finds", values: finds)],
            chart: ChartSpec(
                kind: .groupedBars, title: "", subtitle: "", source: "", categories: years, layers: [], valueLabel: ""))
    }

    /// Years the data does not cover are gaps: the finds of the years it covers are still recorded.
    @Test func yearsOutsideTheCoverageAreGapsNotUnrecordedFinds() {
        let period = Period(from: 2019, to: 2022)!
        let partial = Facts.finds(Self.figure(finds: [nil, 5, nil, nil], attacks: [nil, 5, nil, nil]), period: period)
        guard case .recorded(let lastFour, _, _) = partial else {
            Issue.record("\(partial)")
            return
        }
        #expect(lastFour == 0.5)
        // One find and one attack are counted, not said to be "50 per cent" (`BriefFacts.minimumBase`).
        let few = Facts.finds(Self.figure(finds: [nil, 1, nil, nil], attacks: [nil, 1, nil, nil]), period: period)
        #expect(few == .recorded(lastFour: nil, earlier: nil, trend: nil))
        #expect(Facts.finds(Self.figure(finds: [nil, nil, nil, nil], attacks: [1, 2, 3, 4]), period: period) == .notRecorded)
        #expect(Facts.finds(Self.figure(finds: [0, 0, nil, 0], attacks: [1, 2, nil, 4]), period: period) == .noneByMinusma)
    }
}
