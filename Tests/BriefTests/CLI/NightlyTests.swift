import Foundation
import Testing
@testable import Publish

@Suite(.serialized) struct NightlyTests {
    func project() -> BuildRunner {
        let runner = BuildRunner()
        runner.copyFixture("fig4-incidents.csv", to: "data/incidents.csv")
        runner.write("pipeline.yml", """
            period: {from: 2014, to: 2016}
            inputs: {incidents: {path: data/incidents.csv}}
            validation: {max_reject_rate: 0.5}
            output: {dir: report}
            """)
        return runner
    }

    func build(_ runner: BuildRunner, _ extra: [String] = []) -> Int32 {
        runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"] + extra)
    }

    func inode(_ path: String) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func aSecondRunOnTheSameFolderExits75() throws {
        let runner = project()
        let held = try ReportLock(reportFolder: runner.folder.appendingPathComponent("report"))
        #expect(build(runner) == 75)
        #expect(throws: ReportError.self) { try ReportLock(reportFolder: runner.folder.appendingPathComponent("report")) }
        do {
            _ = try ReportLock(reportFolder: runner.folder.appendingPathComponent("report"))
        } catch {
            #expect("\(error)".contains("process \(getpid())"))
        }
        withExtendedLifetime(held) {}
    }

    @Test func aLockLeftByADeadProcessIsTakenOver() {
        let runner = project()
        runner.write(".report.lock", "999999\n")
        #expect(build(runner) == 0)
    }

    @Test func anUnchangedReportIsNotRewrittenAndForceRebuilds() {
        let runner = project()
        #expect(build(runner) == 0)
        let brief = runner.path("report/brief.pdf")
        let before = inode(brief)
        #expect(build(runner) == 0)
        #expect(inode(brief) == before)
        #expect(build(runner, ["--force"]) == 0)
        #expect(inode(brief) != before)
        runner.write("pipeline.yml", runner.read("pipeline.yml")! + "# a comment changes the configuration hash\n")
        let forced = inode(brief)
        #expect(build(runner) == 0)
        #expect(inode(brief) != forced)
    }

    @Test func onlyReRendersTheNamedFiguresAndLeavesTheRest() throws {
        let runner = project()
        #expect(build(runner) == 0)
        let otherTable = runner.read("report/data/minusma-attack-types.csv")
        let briefBefore = runner.read("report/brief.pdf")
        // One more IED attack on the UN in 2015: Figure 4 and Figure 5 both change.
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        #expect(build(runner, ["--only", "minusma-attacks-per-year"]) == 0)
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2014,2\n2015,2\n2016,1\n")
        #expect(runner.read("report/data/minusma-attack-types.csv") == otherTable)
        #expect(runner.read("report/brief.pdf") == briefBefore)
        let figures = runner.read("report/figures.json")!
        #expect(figures.contains("\"values\": [2, 2, 1]"))
        #expect(runner.read("report/manifest.json")!.contains("\"partial_build\": true"))
        // A partial report is never "up to date": the next full build rebuilds everything.
        #expect(build(runner) == 0)
        #expect(runner.read("report/data/minusma-attack-types.csv") != otherTable)
        #expect(build(runner, ["--only", "no-such-figure"]) == 2)
    }

    @Test func changesSinceTheLastReport() throws {
        let runner = project()
        #expect(build(runner) == 0)
        #expect(runner.read("report/changes.json") == nil)
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\nA11,2015-13-01,Gao,IED,UN,0\n")
        #expect(build(runner) == 0)
        let changes = try JSONSerialization.jsonObject(with: Data(runner.read("report/changes.json")!.utf8)) as! [String: Any]
        let figures = changes["figures"] as! [[String: Any]]
        let fig4 = figures.first { $0["id"] as? String == "minusma-attacks-per-year" }!["changes"] as! [[String: Any]]
        #expect(fig4.count == 1 && fig4[0]["category"] as? String == "2015" && fig4[0]["old"] as? Int == 1 && fig4[0]["new"] as? Int == 2)
        let rejects = changes["new_rejects"] as! [[String: Any]]
        #expect(rejects.count == 1 && rejects[0]["code"] as? String == "bad-date")
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        #expect(text.contains("Since the previous build"))
    }

    @Test func exitStatusesOfOutputsMd() {
        let runner = project()
        #expect(build(runner) == 0)
        #expect(runner.run(["build", "--config", runner.path("nope.yml")]) == 2)
        #expect(runner.run(["build", "--bogus-flag"]) != 0)
        runner.write("data/incidents.csv", "incident_id,date\n")
        #expect(build(runner) == 65)
        #expect(runner.run(["validate", "--config", runner.path("pipeline.yml")]) == 65)
        runner.write("file", "x")
        #expect(build(runner, ["--out", runner.path("file/report")]) == 73)
    }

    @Test func aMissingInputFileIsAConfigurationError() {
        let runner = project()
        runner.write("pipeline.yml", "inputs: {incidents: {path: nowhere.csv}}\noutput: {dir: report}\n")
        #expect(build(runner) == 2)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
    }

    @Test func validateWritesNothing() {
        let runner = project()
        #expect(runner.run(["validate", "--config", runner.path("pipeline.yml"), "--quiet"]) == 0)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
    }
}
