import Figures
import Foundation
import Testing

@testable import Publish

/// The real `brief` executable, as cron and a person at a terminal run it.
@Suite(.serialized) struct ProcessTests {
    @Test func theExecutableExistsBesideTheTests() {
        #expect(FileManager.default.isExecutableFile(atPath: ProcessRunner.brief.path), "build the `brief` product first")
    }

    @Test func usageErrorsExitTwoAndHelpExitsZero() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try ProcessRunner.brief(["build", "--no-such-flag"], in: folder).status == 2)
        #expect(try ProcessRunner.brief(["frobnicate"], in: folder).status == 2)
        #expect(try ProcessRunner.brief(["build", "--help"], in: folder).status == 0)
        #expect(try ProcessRunner.brief(["figures", "--period", "2022-2019"], in: folder).status == 2)
    }

    /// Default: one line per stage; `--verbose`: also one per figure and per file; `--quiet`: nothing.
    @Test func verboseAddsALinePerFigureAndFileQuietPrintsNothing() throws {
        let runner = BuildRunner.fig4()
        let normal = try ProcessRunner.brief(["build", "--force"], in: runner.folder)
        let verbose = try ProcessRunner.brief(["build", "--force", "--verbose"], in: runner.folder)
        let quiet = try ProcessRunner.brief(["build", "--force", "--quiet"], in: runner.folder)
        #expect([normal.status, verbose.status, quiet.status] == [0, 0, 0])
        #expect(normal.errors.contains("brief: incidents: 9 rows read, 9 accepted, 0 duplicates collapsed, 0 rejected"))
        #expect(!normal.errors.contains("wrote ") && !normal.errors.contains("figure minusma-attacks-per-year"))
        #expect(verbose.errors.contains("brief: figure minusma-attacks-per-year: rendered"))
        #expect(verbose.errors.contains("brief: figure ammunition-samples-by-decade: unavailable, data table only"))
        #expect(verbose.errors.contains("brief: wrote pdf/minusma-attacks-per-year.pdf (sha256 "))
        #expect(verbose.errors.contains("brief: wrote manifest.json (sha256 "))
        let files = ReportCheck.regularFiles(in: runner.folder.appendingPathComponent("report")).count
        let lines = { (text: String) in text.split(separator: "\n").count }
        #expect(lines(verbose.errors) == lines(normal.errors) + files + FigureRegistry.ids.count)
        #expect(quiet.errors == "")
    }

    @Test func figuresTitlesNameThePeriodAsked() throws {
        let folder = Fixtures.temporaryDirectory()
        let listed = try ProcessRunner.brief(["figures", "--period", "2019-2021"], in: folder)
        #expect(listed.status == 0)
        #expect(listed.text.contains("Annual numbers of extremist attacks against MINUSMA, 2019–2021"))
        #expect(!listed.text.contains("2014"))
        let standard = try ProcessRunner.brief(["figures"], in: folder).text
        #expect(standard.contains("Annual numbers of extremist attacks against MINUSMA, 2014–2022"))
    }

    /// A live run's lock makes a second build exit 75 naming its process; once that process is killed,
    /// the lock it left is taken over.
    @Test func theLockIsHeldByALiveRunAndTakenOverFromADeadOne() throws {
        let runner = BuildRunner.fig4()
        #expect(runner.build() == 0)
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        let holder = try ProcessRunner.launch(
            ProcessRunner.swapProbe, ["--swap-pause-ms", "5000", "build", "--quiet"],
            in: runner.folder)
        let lockFile = runner.path(".report.lock")
        #expect(ReportCheck.wait(seconds: 20) { runner.read(".report.lock") == "\(holder.processIdentifier)\n" })
        #expect(runner.build(["--force"]) == 75)
        let error = #expect(throws: ReportError.self) {
            try ReportLock(reportFolder: runner.folder.appendingPathComponent("report"))
        }
        #expect("\(try #require(error))".contains("(process \(holder.processIdentifier))"))
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(FileManager.default.contents(atPath: lockFile) == Data("\(holder.processIdentifier)\n".utf8))
        #expect(runner.build(["--force"]) == 0)
        #expect(runner.read("report/data/minusma-attacks-per-year.csv") == "year,attacks\n2014,2\n2015,2\n2016,1\n")
    }
}
