import Foundation
import Testing

@testable import Publish

/// The nightly promises of the README: one writer, `--only`, what changed, the exit statuses.
@Suite struct NightlyTests {
    @Test func aSecondWriterOnTheSameFolderExits75NamingTheHolder() throws {
        let runner = BuildRunner.fig4()
        let report = runner.folder.appendingPathComponent("report")
        var held: ReportLock? = try ReportLock(reportFolder: report)
        #expect(FileManager.default.fileExists(atPath: held!.path), "the lock file exists while it is held")
        #expect(runner.build() == 75)
        let error = #expect(throws: ReportError.self) { try ReportLock(reportFolder: report) }
        #expect("\(try #require(error))".contains("(process \(getpid()))"))
        #expect(!FileManager.default.fileExists(atPath: report.path))
        held = nil
        #expect(runner.build() == 0)
    }

    @Test func onlyReRendersTheNamedFiguresAndLeavesTheRest() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.build() == 0)
        let otherTable = runner.read("report/data/minusma-attack-types.csv")
        let briefBefore = runner.read("report/brief.pdf")
        // One more IED attack on the UN in 2015: Figure 4 and Figure 5 both change.
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        #expect(runner.build(["--only", "minusma-attacks-per-year"]) == 0)
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2014,2\n2015,2\n2016,1\n")
        #expect(runner.read("report/data/minusma-attack-types.csv") == otherTable)
        #expect(runner.read("report/brief.pdf") == briefBefore)
        #expect(runner.read("report/figures.json")?.contains("\"values\": [2, 2, 1]") == true)
        #expect(runner.read("report/manifest.json")?.contains("\"partial_build\": true") == true)
        // A partial report is never "up to date": the next full build rebuilds everything.
        #expect(runner.build() == 0)
        #expect(
            runner.read("report/data/minusma-attack-types.csv")
                == "type,attacks,share\nied,2,0.4000\nindirect_fire,1,0.2000\nsmall_arms_fire,1,0.2000\ncomplex,1,0.2000\n")
        #expect(runner.build(["--only", "no-such-figure"]) == 2)
    }

    /// figures.json after --only: the redrawn figure's entry new, every other entry and the headline
    /// the very bytes of the full build's (written by the same code: `true` stays `true`, key order
    /// stays); what --only changed is in changes.json; another period or configuration is refused.
    @Test func onlyKeepsTheOtherEntriesAsWrittenAndRefusesAnotherPeriodOrConfiguration() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.build() == 0)
        let before = try #require(runner.read("report/figures.json"))
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        #expect(runner.build(["--only", "minusma-attacks-per-year", "--period", "2015-2016"]) == 2)
        #expect(runner.read("report/figures.json") == before)
        let pipeline = try #require(runner.read("pipeline.yml"))
        runner.write("pipeline.yml", pipeline.replacingOccurrences(of: "max_reject_rate: 0.2", with: "max_reject_rate: 0.3"))
        #expect(runner.build(["--only", "minusma-attacks-per-year"]) == 2, "a changed configuration needs a full build")
        runner.write("pipeline.yml", pipeline)
        #expect(runner.build(["--only", "minusma-attacks-per-year"]) == 0)
        let after = try #require(runner.read("report/figures.json"))
        // Byte for byte: only the lines of the redrawn figure's values differ.
        let changedLines = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter { $0 != $1 }
        #expect(before.split(separator: "\n").count == after.split(separator: "\n").count)
        #expect(changedLines.count == 1 && changedLines.first?.1.contains("[2, 2, 1]") == true, "\(changedLines)")
        #expect(!after.contains("\"available\": 1"))
        let changes = try runner.json("report/changes.json")
        let figures = try #require(changes["figures"] as? [[String: Any]])
        #expect(figures.compactMap { $0["id"] as? String } == ["minusma-attacks-per-year"])
    }

    @Test func onlyOnAFolderWithoutAReportIsAUsageError() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.build(["--only", "minusma-attacks-per-year"]) == 2)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
        let result = try ProcessRunner.brief(["build", "--only", "minusma-attacks-per-year"], in: runner.folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("holds none; run a full build (without --only) first"))
    }

    @Test func changesSinceTheLastReport() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.build() == 0)
        #expect(runner.read("report/changes.json") == nil)
        runner.write(
            "data/incidents.csv",
            runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\nA11,2015-13-01,Gao,IED,UN,0\n")
        #expect(runner.build() == 0)
        let changes = try runner.json("report/changes.json")
        let figures = try #require(changes["figures"] as? [[String: Any]])
        let fig4 = try #require(
            figures.first { $0["id"] as? String == "minusma-attacks-per-year" }?["changes"] as? [[String: Any]])
        #expect(fig4.count == 1)
        #expect(
            fig4.first?["category"] as? String == "2015" && fig4.first?["old"] as? Int == 1 && fig4.first?["new"] as? Int == 2)
        let rejects = try #require(changes["new_rejects"] as? [[String: Any]])
        #expect(rejects.map { $0["code"] as? String } == ["bad-date"])
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        #expect(text.contains("Since the previous build"))
    }

    @Test func exitStatusesOfOutputsMd() {
        let runner = BuildRunner.fig4()
        #expect(runner.build() == 0)
        #expect(runner.run(["build", "--config", runner.path("nope.yml")]) == 2)
        #expect(runner.run(["build", "--bogus-flag"]) == 2)
        runner.write("data/incidents.csv", "incident_id,date\n")
        #expect(runner.build() == 65)
        #expect(runner.run(["validate", "--config", runner.path("pipeline.yml")]) == 65)
        runner.write("file", "x")
        #expect(runner.build(["--out", runner.path("file/report")]) == 73)
    }

    @Test func aMissingInputFileIsAConfigurationError() {
        let runner = BuildRunner.fig4()
        runner.write("pipeline.yml", "inputs: {incidents: {path: nowhere.csv}}\noutput: {dir: report}\n")
        #expect(runner.build() == 2)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
    }
}
