import BriefModel
import Foundation
import Testing

/// "Missing is not zero": an export with nothing for the period gives no figure and is named; years
/// the data does not cover are gaps; a partial year is marked; a file cut short is reported; a period
/// that ends after the reference date is refused. The real executable, in a scratch project with a
/// scratch HOME.
@Suite struct MissingDataTests {
    static let header = "incident_id,date,region,category,party,killed_un_military\n"

    /// Figure 4 of a build, from figures.json.
    static func figure(_ sandbox: Sandbox, _ id: String) throws -> [String: Any] {
        let figures = try #require(try sandbox.json("report/figures.json")["figures"] as? [[String: Any]])
        return try #require(figures.first { $0["id"] as? String == id })
    }

    /// The scratch project's pipeline.yml: the incidents export alone, SVG charts, into `report`.
    static func configure(_ sandbox: Sandbox, period: String, maxRejectRate: Double) throws {
        try sandbox.write(
            "pipeline.yml",
            Data(
                """
                period: \(period)
                inputs: {incidents: {path: data/incidents.csv}}
                validation: {max_reject_rate: \(maxRejectRate)}
                output: {dir: report, formats: [svg]}

                """.utf8))
    }

    static func briefText(_ sandbox: Sandbox) throws -> String {
        try ExternalTool.run("pdftotext", [sandbox.project.appendingPathComponent("report/brief.pdf").path, "-"]).output
            .replacingOccurrences(of: "\n", with: " ")
    }

    @Test(arguments: [
        ("", "holds no row"),
        (header, "holds no row"),
        (header + "B1,31/02/2015,Gao,IED,UN,0\nB2,not a date,Gao,IED,UN,0\n", "has no accepted row: all 2 were rejected"),
    ])
    func anExportWithNothingToCountGivesNoFigureAndIsNamed(text: String, reason: String) throws {
        let sandbox = try Sandbox()
        try sandbox.write("data/incidents.csv", Data(text.utf8))
        try Self.configure(sandbox, period: "{from: 2014, to: 2016}", maxRejectRate: 1.0)
        let result = try sandbox.brief(["build", "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let fig4 = try Self.figure(sandbox, "minusma-attacks-per-year")
        #expect(fig4["available"] as? Bool == false)
        #expect((fig4["reason"] as? String)?.contains(reason) == true, "\(fig4["reason"] ?? "")")
        let brief = try Self.briefText(sandbox)
        #expect(brief.contains("The incidents export (incidents.csv) \(reason)"), "\(brief.prefix(600))")
        // The subtitle promises no subject the build has no data for.
        #expect(brief.contains("Mali: no data for the period"), "\(brief.prefix(300))")
        #expect(!brief.contains("Extremist attacks in Mali") && !brief.contains("Peacekeeper fatalities in Mali"))
        for zero in ["no extremist attack", "No attack targeted MINUSMA", "counts no attack", "0 attacks"] {
            #expect(!brief.contains(zero), "“\(zero)” stated from an export with no data")
        }
        let quality = try #require(try sandbox.json("report/quality/report.json")["exports"] as? [String: [String: Any]])
        #expect(quality["incidents"]?["coverage"] is NSNull, "no accepted record: coverage unknown, not an empty span")
    }

    @Test func aPeriodOutsideTheDataGivesNoFigure() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.brief(["build", "--quiet", "--period", "2000-2005"])
        #expect(result.status == 0, "\(result.errors)")
        let fig4 = try Self.figure(sandbox, "minusma-attacks-per-year")
        #expect(fig4["available"] as? Bool == false)
        #expect(
            fig4["reason"] as? String
                == "the incidents export (incidents.csv) has no record dated in 2000–2005 (its records run from 31 December 2013 to 1 January 2017)"
        )
        #expect(!(try Self.briefText(sandbox)).contains("No attack targeted MINUSMA"))
    }

    @Test func aPeriodEndingAfterTheReferenceDateIsRefused() throws {
        let sandbox = try Sandbox()
        // 1 January 2020 as the reference date.
        let result = try sandbox.brief(
            ["build", "--quiet", "--period", "2019-2021"], environment: ["SOURCE_DATE_EPOCH": "1577836800"])
        #expect(result.status == 2)
        #expect(result.errors.contains("the period 2019–2021 ends after the reference date, 1 January 2020"), "\(result.errors)")
        #expect(
            try sandbox.brief(["build", "--quiet", "--period", "2014-2020"], environment: ["SOURCE_DATE_EPOCH": "1577836800"])
                .status == 0)
    }

    /// Records from January 2014 to the end of June 2016, the file cut inside the next record: over
    /// 2014–2017, 2017 is a gap (null, an empty cell, "no data" in the chart's text), 2016 is partial
    /// (marked, with the date it stops at), and the cut is reported with its line and byte offset.
    @Test func aFileCutShortLeavesGapsAndIsReported() throws {
        let sandbox = try Sandbox()
        var text = Self.header
        for month in 1...30 {
            let year = 2014 + (month - 1) / 12, inYear = (month - 1) % 12 + 1
            text += "C\(month),\(year)-\(String(format: "%02d", inYear))-28,Gao,IED,MINUSMA,0\n"
        }
        text += "C31,2016-06-30,Gao,IED,MINUSMA,0\nC32,2016-07-0"
        try sandbox.write("data/incidents.csv", Data(text.utf8))
        try Self.configure(sandbox, period: "{from: 2014, to: 2017}", maxRejectRate: 0.2)
        let result = try sandbox.brief(["build"], environment: ["SOURCE_DATE_EPOCH": "1704067200"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            result.errors.contains(
                "incidents.csv: the file ends inside a record (line 33, at byte \(NumberText.count(text.utf8.count)))"),
            "\(result.errors)")
        let quality = try #require(try sandbox.json("report/quality/report.json")["exports"] as? [String: [String: Any]])
        let cut = try #require(quality["incidents"]?["cut_short"] as? [String: Int])
        #expect(cut == ["line": 33, "byte_offset": text.utf8.count])
        #expect(quality["incidents"]?["coverage"] as? [String: String] == ["from": "2014-01-28", "to": "2016-06-30"])
        let fig4 = try Self.figure(sandbox, "minusma-attacks-per-year")
        let values = try #require((fig4["series"] as? [[String: Any]])?.first?["values"] as? [Any])
        #expect(values.count == 4)
        #expect(values[0] as? Int == 12 && values[2] as? Int == 7)
        #expect(values[3] is NSNull, "2017 is not covered: null, never 0")
        let partial = try #require(fig4["partial_years"] as? [String: Any])
        #expect(Array(partial.keys) == ["2016"])
        #expect(sandbox.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2014,12\n2015,12\n2016,7\n2017,\n")
        let svg = try #require(sandbox.read("report/svg/minusma-attacks-per-year.svg"))
        #expect(
            svg.contains("2016*: 7") && svg.contains("2017: no data"), "the text alternative marks the partial year and the gap")
        let figures = try sandbox.json("report/figures.json")
        #expect(
            (figures["coverage"] as? [String: Any])?["incidents"] as? [String: String] == [
                "from": "2014-01-28", "to": "2016-06-30",
            ])
        let brief = try Self.briefText(sandbox)
        #expect(
            brief.contains("The incidents export runs only from 28 January 2014 to 30 June 2016: 2017 is not covered"),
            "\(brief.prefix(800))")
        #expect(brief.contains("* 2016: to 30 June 2016."))
    }
}

/// Counts over data that covers only part of the period are said over the span it covers.
@Suite struct PartialSpanTests {
    @Test func attacksAreCountedOverTheSpanTheDataCovers() throws {
        let runner = BuildRunner.acled(period: "{from: 2014, to: 2022}", formats: "[pdf]")
        #expect(runner.build() == 0)
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Between 31 October and 14 November 2020, the span its data covers, the Armed Conflict"))
        #expect(text.contains("ACLED counts six attacks between 31 October and 14 November 2020:"))
        #expect(!text.contains("Between 2014 and 2022 the") && !text.contains("attacks between 2014 and 2022"))
        // Two attacks on the mission out of six are counted, with no share, rate or ranking drawn from them.
        #expect(text.contains("MINUSMA was the target of two attacks.") && !text.contains("per cent of all attacks"))
        #expect(!text.contains("one every") && !text.contains("The most frequent form"))
    }
}
