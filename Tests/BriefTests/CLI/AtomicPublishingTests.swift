import Foundation
import Testing

@testable import Publish

/// "Atomic": report N is in place, the inputs change, and the build of report N+1 is killed with
/// SIGKILL at random moments and inside the swap. After every kill the folder holds exactly report N
/// or exactly report N+1 (every file matching its manifest), never a mix and never nothing, on the
/// `renameat2(RENAME_EXCHANGE)` path and on the forced two-rename fallback.
@Suite(.serialized) struct AtomicPublishingTests {
    enum Swap: String, CaseIterable, Sendable { case exchange, fallback }

    struct Scenario {
        let runner: BuildRunner
        let swap: Swap
        let report: URL
        let savedN: URL
        let reportN: [String: String]
        let reportN1: [String: String]
        /// Seconds a whole build of N+1 takes here, to spread the kills over.
        let duration: Double

        /// The probe's own arguments, before brief's: the swap's path and how long it is held open.
        func probeArguments(pauseMilliseconds: Int) -> [String] {
            (swap == .fallback ? ["--swap-fallback"] : []) + ["--swap-pause-ms", "\(pauseMilliseconds)"]
        }

        /// Puts report N back, as if the killed run had never started (leftovers beside it stay).
        func restoreN() throws {
            if FileManager.default.fileExists(atPath: report.path) { try FileManager.default.removeItem(at: report) }
            try FileManager.default.copyItem(at: savedN, to: report)
        }

        func launchN1(pauseMilliseconds: Int) throws -> Process {
            try ProcessRunner.launch(
                ProcessRunner.swapProbe,
                probeArguments(pauseMilliseconds: pauseMilliseconds)
                    + ["build", "--quiet"], in: runner.folder)
        }

        /// Exactly N or N+1: at once on the exchange path; after the next run's recovery on both.
        func expectNOrN1(sourceLocation: SourceLocation = #_sourceLocation) {
            if swap == .exchange { expectOneOfTheReports(sourceLocation) }
            ReportSwap.recover(report)
            expectOneOfTheReports(sourceLocation)
        }

        private func expectOneOfTheReports(_ sourceLocation: SourceLocation) {
            let files = ReportCheck.intactFiles(report, sourceLocation: sourceLocation)
            #expect(files == reportN || files == reportN1, "neither report N nor N+1", sourceLocation: sourceLocation)
        }
    }

    static let pause = 60

    static func scenario(_ swap: Swap) throws -> Scenario {
        let runner = BuildRunner.fig4()
        let report = runner.folder.appendingPathComponent("report")
        #expect(try ProcessRunner.brief(["build", "--quiet"], in: runner.folder).status == 0)
        let reportN = try #require(ReportCheck.intactFiles(report))
        let savedN = runner.folder.appendingPathComponent("saved-report-n")
        try FileManager.default.copyItem(at: report, to: savedN)
        runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        var scenario = Scenario(
            runner: runner, swap: swap, report: report, savedN: savedN, reportN: reportN,
            reportN1: [:], duration: 0)
        let started = Date()
        let built = try ProcessRunner.run(
            ProcessRunner.swapProbe,
            scenario.probeArguments(pauseMilliseconds: pause) + ["build", "--quiet"], in: runner.folder)
        #expect(built.status == 0)
        scenario = Scenario(
            runner: runner, swap: swap, report: report, savedN: savedN, reportN: reportN,
            reportN1: try #require(ReportCheck.intactFiles(report)), duration: Date().timeIntervalSince(started))
        #expect(scenario.reportN1 != reportN)
        #expect(ReportCheck.leftovers(beside: report) == [])
        return scenario
    }

    static func kill(_ process: Process) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: Swap.allCases)
    func killedAtRandomMomentsTheFolderHoldsReportNOrN1(_ swap: Swap) throws {
        let s = try Self.scenario(swap)
        var killedRunning = 0
        for _ in 0..<10 {
            try s.restoreN()
            let process = try s.launchN1(pauseMilliseconds: Self.pause)
            usleep(UInt32(Double.random(in: 0...(s.duration * 1.1)) * 1_000_000))
            if process.isRunning { killedRunning += 1 }
            Self.kill(process)
            s.expectNOrN1()
        }
        #expect(killedRunning > 0)
        // The same program as the killed runs (the probe), so that a report N+1 they completed is up to date.
        #expect(try ProcessRunner.run(ProcessRunner.swapProbe, ["build", "--quiet"], in: s.runner.folder).status == 0)
        #expect(ReportCheck.intactFiles(s.report) == s.reportN1)
        #expect(ReportCheck.leftovers(beside: s.report) == [])
    }

    /// Exchange path: killed after the exchange, before the old report (now under the staging name)
    /// is deleted: N+1 is in place, and the next run deletes the old one.
    @Test func killedInsideTheExchangeReportN1IsInPlace() throws {
        let s = try Self.scenario(.exchange)
        try s.restoreN()
        let process = try s.launchN1(pauseMilliseconds: 3_000)
        #expect(ReportCheck.wait(seconds: 20) { BuildFingerprint.recorded(in: s.report)?.files == s.reportN1 })
        Self.kill(process)
        #expect(ReportCheck.intactFiles(s.report) == s.reportN1)
        #expect(ReportCheck.leftovers(beside: s.report) == [".report.staging-\(process.processIdentifier)"])
        ReportSwap.recover(s.report)
        #expect(ReportCheck.intactFiles(s.report) == s.reportN1)
        #expect(ReportCheck.leftovers(beside: s.report) == [])
    }

    /// Fallback path, killed between its two renames (no report in place, N set aside) and after
    /// them (N+1 in place, N not yet deleted): the set-aside report is recovered, never deleted first.
    @Test func killedBetweenTheFallbackRenamesTheOldReportIsRecovered() throws {
        let s = try Self.scenario(.fallback)
        try s.restoreN()
        var process = try s.launchN1(pauseMilliseconds: 3_000)
        let aside = ".report.previous-\(process.processIdentifier)"
        #expect(ReportCheck.wait(seconds: 20) { ReportCheck.leftovers(beside: s.report).contains(aside) })
        Self.kill(process)
        #expect(!FileManager.default.fileExists(atPath: s.report.path))
        ReportSwap.recover(s.report)
        #expect(ReportCheck.intactFiles(s.report) == s.reportN)

        process = try s.launchN1(pauseMilliseconds: 3_000)
        let secondAside = s.report.deletingLastPathComponent().appendingPathComponent(
            ".report.previous-\(process.processIdentifier)")
        #expect(
            ReportCheck.wait(seconds: 20) {
                FileManager.default.fileExists(atPath: secondAside.path) && FileManager.default.fileExists(atPath: s.report.path)
            })
        Self.kill(process)
        ReportSwap.recover(s.report)
        #expect(ReportCheck.intactFiles(s.report) == s.reportN1)
        #expect(ReportCheck.leftovers(beside: s.report) == [])
    }
}
