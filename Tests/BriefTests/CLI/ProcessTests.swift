import Foundation
import Testing
@testable import Publish

/// The real `brief` executable, as cron runs it: exit statuses and what a kill -9 leaves behind.
@Suite(.serialized) struct ProcessTests {
    /// `swift test` builds every product into the folder that holds the test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("brief").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("brief")
    }()

    static func launch(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func status(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = try launch(arguments, in: folder)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func demoProject() -> BuildRunner {
        let runner = BuildRunner()
        for name in ["incidents", "arms", "ammunition", "un-fatalities"] {
            let data = try! Data(contentsOf: BriefReproductionTests.root.appendingPathComponent("data/\(name).csv"))
            try! FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("data"), withIntermediateDirectories: true)
            try! data.write(to: runner.folder.appendingPathComponent("data/\(name).csv"))
        }
        try! FileManager.default.copyItem(at: BriefReproductionTests.root.appendingPathComponent("pipeline.yml"),
            to: runner.folder.appendingPathComponent("pipeline.yml"))
        return runner
    }

    @Test func theExecutableExistsBesideTheTests() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the `brief` product first")
    }

    @Test func usageErrorsExitTwoAndHelpExitsZero() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try Self.status(["build", "--no-such-flag"], in: folder) == 2)
        #expect(try Self.status(["frobnicate"], in: folder) == 2)
        #expect(try Self.status(["build", "--help"], in: folder) == 0)
        #expect(try Self.status(["figures"], in: folder) == 0)
    }

    /// Killed at random moments, a build leaves the report in place complete (every file its manifest
    /// lists, with the same bytes), and the next build cleans the killed runs' staging folders.
    @Test func killedAtRandomPointsTheReportStaysComplete() throws {
        let runner = demoProject()
        #expect(try Self.status(["build", "--quiet"], in: runner.folder) == 0)
        let report = runner.folder.appendingPathComponent("output")
        let figures = runner.read("output/figures.json")
        var rng = SystemRandomNumberGenerator()
        var killedMidway = 0
        for _ in 0..<12 {
            let process = try Self.launch(["build", "--quiet", "--force"], in: runner.folder)
            usleep(UInt32.random(in: 20_000...1_500_000, using: &rng))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let recorded = try #require(BuildFingerprint.recorded(in: report))
            for (path, hash) in recorded.files {
                let data = FileManager.default.contents(atPath: report.appendingPathComponent(path).path)
                #expect(data.map(Digest.sha256) == hash, "\(path) incomplete after kill")
            }
            #expect(runner.read("output/figures.json") == figures)
        }
        #expect(killedMidway > 0)
        #expect(try Self.status(["build", "--quiet", "--force"], in: runner.folder) == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
