import Figures
import Foundation
import Publish
import Testing

@Suite struct BuildCommandTests {
    @Test func buildWritesTheReportAsOutputsMdLaysItOut() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 0)
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2014,2\n2015,1\n2016,1\n")
        let pdf = try #require(runner.read("report/pdf/minusma-attacks-per-year.pdf"))
        #expect(pdf.hasPrefix("%PDF-"))
        #expect(runner.read("report/svg/minusma-attacks-per-year.svg")?.contains("<title") == true)
        let quality = try #require(runner.read("report/quality/report.json"))
        #expect(quality.contains("\"read\": 9") && quality.contains("\"accepted\": 9"))
        let manifest = try #require(runner.read("report/manifest.json"))
        let pdfHash = Digest.sha256(
            try Data(contentsOf: URL(fileURLWithPath: runner.path("report/pdf/minusma-attacks-per-year.pdf"))))
        #expect(manifest.contains(pdfHash))
        let figures = try runner.json("report/figures.json")
        let entries = try #require(figures["figures"] as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == FigureRegistry.ids)
        let headline = try #require(figures["headline"] as? [String: Any])
        #expect(headline["minusma_attacks"] as? Int == 4)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func gnuplotFormatWritesSelfContainedScripts() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--format", "gnuplot", "--quiet"]) == 0)
        let script = try #require(runner.read("report/gnuplot/minusma-attacks-per-year.gp"))
        #expect(script.contains("$data << EOD") && script.contains("\"2015\" 1"))
        #expect(runner.read("report/pdf/minusma-attacks-per-year.pdf") == nil)
    }

    @Test func anACLEDOnlyRunComputesWhatItCan() throws {
        let runner = BuildRunner()
        runner.copyFixture("acled-mali.csv", to: "acled.csv")
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2020, to: 2020}
            inputs: {incidents: {path: acled.csv, format: acled}}
            validation: {max_reject_rate: 0.2}
            output: {dir: report}
            """)
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 0)
        // MLI1 (an IED) and MLI4 (a complex ambush, MINUSMA as assoc_actor_2); MLI12 is a find.
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2020,2\n")
        #expect(runner.read("report/data/minusma-fatalities-by-type.csv")?.hasPrefix("type,unavailable\n") == true)
        #expect(runner.read("report/pdf/minusma-fatalities-by-type.pdf") == nil)
        #expect(runner.read("report/pdf/ammunition-samples-by-decade.pdf") == nil)
        let quality = try #require(runner.read("report/quality/report.json"))
        #expect(quality.contains("\"filtered\": 4"))
        #expect(
            quality.contains(
                "\"filtered_by_reason\": {\n        \"not-an-incident\": 2,\n        \"unattributed\": 1,\n        \"not-extremist\": 1\n      }"
            ), "\(quality)")
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // ACLED spelt out once, where the text first names it, and short afterwards.
        #expect(words.components(separatedBy: "Armed Conflict Location & Event Data Project (ACLED)").count == 2)
        #expect(words.contains("The incidents come from ACLED"))
    }

    @Test func periodFlagOverridesTheFile() {
        let runner = BuildRunner.fig4()
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--period", "2015-2016", "--quiet"]) == 0)
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2015,1\n2016,1\n")
    }

    @Test func configurationErrorExitsTwo() {
        let runner = BuildRunner.fig4()
        runner.write("bad.yml", "period: {from: 2014, till: 2016}\n")
        #expect(runner.run(["build", "--config", runner.path("bad.yml"), "--quiet"]) == 2)
        #expect(runner.run(["build", "--config", runner.path("missing.yml"), "--quiet"]) == 2)
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--period", "2016-2014"]) == 2)
    }

    @Test func missingRequiredColumnExits65AndTouchesNothing() {
        let runner = BuildRunner.fig4()
        runner.write("data/incidents.csv", "incident_id,date,region,party\nX,2016-01-01,Gao,UN\n")
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 65)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
    }

    @Test func tooManyRejectsExits65AndKeepsThePreviousReport() {
        let runner = BuildRunner.fig4()
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 0)
        let before = runner.read("report/quality/report.json")
        runner.write(
            "data/incidents.csv", "incident_id,date,region,category,party\nX,2016-01-01,Gao,IED,UN\nY,31/02/2016,Gao,IED,UN\n")
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 65)
        #expect(runner.read("report/quality/report.json") == before)
    }

    @Test func unwritableReportFolderExits73() {
        let runner = BuildRunner.fig4()
        runner.write("blocker", "a file where the report's parent folder should be")
        #expect(
            runner.run(["build", "--config", runner.path("pipeline.yml"), "--out", runner.path("blocker/report"), "--quiet"])
                == 73)
    }
}
