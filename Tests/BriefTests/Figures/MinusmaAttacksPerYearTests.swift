import BriefModel
import Figures
import Foundation
import Ingest
import Localization
import Testing

@Suite struct MinusmaAttacksPerYearTests {
    /// fig4-incidents.csv, by hand for 2014–2016: 2014 has A1 (IED) and A2 (indirect fire) on the UN;
    /// A3 is a find, not an attack. 2015 has A4 (complex); A5 targets FAMa. 2016 has A9 (small arms,
    /// 31 Dec); A7 is "other". A6 (2013) and A8 (2017) lie outside the period.
    @Test func handWorkedFixture() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("fig4-incidents.csv"), format: .csv, delimiter: nil, file: "fig4-incidents.csv")
        let incidents = try Fixtures.validator().incidents(table)
        #expect(incidents.quality.accepted == 9)
        let figure = MinusmaAttacksPerYear().compute(
            Dataset(incidents: incidents.values), period: Period(from: 2014, to: 2016)!)
        #expect(figure.categories == ["2014", "2015", "2016"])
        #expect(figure.series.map(\.name) == ["attacks"])
        #expect(figure.series[0].values == [2, 1, 1])
        // The words are the vocabulary's, put in at the edge; the figure carries none of its own.
        #expect(figure.title.isEmpty)
        let english = try FigureText(language: .english, parameters: ["period": "2014–2016"]).localize(figure)
        #expect(english.title == "Annual numbers of extremist attacks against MINUSMA, 2014–2016")
    }

    @Test func everyYearOfThePeriodIsListedWithZeros() {
        let incident = Incident(
            id: "x", date: CivilDate(year: 2020, month: 5, day: 5)!, region: .gao, category: .ied, party: .minusma)
        let figure = MinusmaAttacksPerYear().compute(Dataset(incidents: [incident]), period: Period(from: 2018, to: 2022)!)
        #expect(figure.categories == ["2018", "2019", "2020", "2021", "2022"])
        #expect(figure.series[0].values == [0, 0, 1, 0, 0])
    }

    @Test func withoutIncidentsTheFigureIsUnavailable() {
        let figure = MinusmaAttacksPerYear().compute(Dataset(), period: Period(from: 2014, to: 2022)!)
        #expect(!figure.isAvailable)
        #expect(figure.series.isEmpty)
    }

    @Test func registryIdsAreUnique() {
        #expect(Set(FigureRegistry.ids).count == FigureRegistry.ids.count)
        #expect(FigureRegistry.definition(id: "minusma-attacks-per-year") != nil)
    }
}
