import Foundation
import Testing

@testable import Publish

/// "Nothing changed, nothing rewritten": a build skips only when inputs, configuration (with the
/// brief template), program and every listed report file are as the manifest records them.
@Suite struct UpToDateTests {
    enum Change: String, CaseIterable, Sendable {
        case none, force, configuration, template, input, tamperedReportFile, missingReportFile, program
    }

    /// The identity read from memory is the linker's build ID note of the executable's file.
    @Test func theProgramIsKnownByItsBuildID() throws {
        let buildID = try #require(ProgramIdentity.buildID)
        #expect(buildID.count == 40)
        let notes = try ExternalTool.run("readelf", ["-n", ProgramIdentity.executablePath])
        #expect(notes.status == 0)
        #expect(notes.output.contains("Build ID: \(buildID)"), "\(notes.output.prefix(600))")
        #expect(ProgramIdentity.identity(recordedIn: nil) == "build-id:" + buildID)
    }

    static func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    /// The fig4 project with its own brief template, built once.
    static func builtProject() throws -> BuildRunner {
        let runner = BuildRunner.fig4()
        runner.write("brief.mustache", "!title Test brief\n\nAttacks: {{attacks}}.\n")
        runner.write("pipeline.yml", runner.read("pipeline.yml")! + "document: {template: brief.mustache}\n")
        #expect(runner.build() == 0)
        return runner
    }

    static func apply(_ change: Change, to runner: BuildRunner) throws -> [String] {
        switch change {
        case .none: return []
        case .force: return ["--force"]
        case .configuration: runner.write("pipeline.yml", runner.read("pipeline.yml")! + "# a comment\n")
        case .template: runner.write("brief.mustache", runner.read("brief.mustache")! + "One more line.\n")
        case .input: runner.write("data/incidents.csv", runner.read("data/incidents.csv")! + "A10,2015-06-06,Gao,IED,UN,0\n")
        case .tamperedReportFile: runner.write("report/data/minusma-attacks-per-year.csv", "year,attacks\n2014,99\n")
        case .missingReportFile: try FileManager.default.removeItem(atPath: runner.path("report/svg/attacks-per-year.svg"))
        case .program:
            // Another executable: another build ID (or, without one, another file with another hash).
            var manifest = try runner.json("report/manifest.json")
            var program = try #require(manifest["program"] as? [String: Any])
            if let buildID = program["build_id"] as? String {
                #expect("build-id:" + buildID == ProgramIdentity.identity(recordedIn: nil))
                program["build_id"] = String(repeating: "0", count: buildID.count)
            } else {
                #expect("sha256:" + (program["sha256"] as? String ?? "") == ProgramIdentity.identity(recordedIn: nil))
                var stat = try #require(program["stat"] as? [String: Any])
                stat["inode"] = 1
                program["stat"] = stat
                program["sha256"] = String(repeating: "0", count: 64)
            }
            manifest["program"] = program
            runner.write("report/manifest.json", try JSONSerialization.data(withJSONObject: manifest))
        }
        return []
    }

    @Test(arguments: Change.allCases)
    func aBuildSkipsOnlyWhenNothingChanged(_ change: Change) throws {
        let runner = try Self.builtProject()
        let before = try Self.inode(runner.path("report/brief.pdf"))
        let extra = try Self.apply(change, to: runner)
        #expect(runner.build(extra) == 0)
        let rebuilt = try Self.inode(runner.path("report/brief.pdf")) != before
        #expect(rebuilt == (change != .none), "\(change)")
        // A rebuilt report is intact again, so the next build skips.
        let after = try Self.inode(runner.path("report/brief.pdf"))
        #expect(runner.build() == 0)
        #expect(try Self.inode(runner.path("report/brief.pdf")) == after)
    }

    /// The check reads an input again only when its `stat` differs from the one the manifest recorded:
    /// a same-size rewrite is caught (new times), an untouched file is not read (its recorded hash is used).
    @Test func inputsAreHashedOnlyWhenTheirStatChanged() throws {
        let runner = try Self.builtProject()
        let manifest = try #require(runner.read("report/manifest.json"))
        let recorded = try #require(
            BuildFingerprint.recordedInputs(in: runner.folder.appendingPathComponent("report"))["incidents"])
        #expect(recorded.0 == FileStat(path: runner.path("data/incidents.csv")))
        // A wrong recorded hash with the file's own stat: trusted, so nothing is read and nothing rebuilt.
        runner.write(
            "report/manifest.json", manifest.replacingOccurrences(of: recorded.1, with: String(repeating: "1", count: 64)))
        let before = try Self.inode(runner.path("report/brief.pdf"))
        #expect(runner.build() == 0)
        #expect(try Self.inode(runner.path("report/brief.pdf")) == before)
        // The same number of bytes, one digit changed: new times, so hashed again, and rebuilt.
        let text = try #require(runner.read("data/incidents.csv"))
        let edited = text.replacingOccurrences(of: "2014-02-01", with: "2014-02-02")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        runner.write("data/incidents.csv", edited)
        #expect(runner.build() == 0)
        #expect(try Self.inode(runner.path("report/brief.pdf")) != before)
    }

    /// A forced build takes the recorded hash of an untouched input for its manifest too, and hashes an
    /// input rewritten since (same size, new times) again.
    @Test func aForcedBuildHashesOnlyInputsWhoseStatChanged() throws {
        let runner = try Self.builtProject()
        let report = runner.folder.appendingPathComponent("report")
        let recorded = try #require(BuildFingerprint.recordedInputs(in: report)["incidents"])
        let standIn = String(repeating: "1", count: 64)
        runner.write(
            "report/manifest.json",
            try #require(runner.read("report/manifest.json")).replacingOccurrences(of: recorded.1, with: standIn))
        #expect(runner.build(["--force"]) == 0)
        #expect(BuildFingerprint.recordedInputs(in: report)["incidents"]?.1 == standIn)
        let edited = try #require(runner.read("data/incidents.csv")).replacingOccurrences(of: "2014-02-01", with: "2014-02-02")
        runner.write("data/incidents.csv", edited)
        #expect(runner.build(["--force"]) == 0)
        #expect(BuildFingerprint.recordedInputs(in: report)["incidents"]?.1 == Digest.sha256(Data(edited.utf8)))
    }
}
