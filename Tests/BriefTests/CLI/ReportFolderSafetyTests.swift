import Foundation
import Testing

@testable import Publish

/// "The report folder is brief's alone": every folder that is not a report brief wrote is refused
/// with exit 73 before anything is read, and nothing of the user's changes. Each case runs the real
/// executable in a scratch project with a scratch HOME, never a real path.
@Suite struct ReportFolderSafetyTests {
    static let refusedOutArguments: [(out: String, reason: String)] = [
        (".", "it is the current folder"),
        ("data", "it holds the incidents input"),
        ("data/incidents.csv", "it is the incidents input"),
        ("afile.txt", "it is a file, not a folder"),
        ("..", "it holds the current folder"),
        ("/", "it is the root folder"),
        ("HOME", "it is your home folder"),
        ("HOME/.ssh", "it holds 1 file and no manifest of a report brief wrote: id_ed25519"),
    ]

    @Test(arguments: refusedOutArguments)
    func aFolderThatIsNotAReportIsRefusedAndLeftAsItWas(out: String, reason: String) throws {
        let sandbox = try Sandbox()
        let before = sandbox.snapshot()
        let target = out.replacingOccurrences(of: "HOME", with: sandbox.home.path)
        let result = try sandbox.brief(["build", "--quiet", "--out", target])
        #expect(result.status == 73, "\(result.errors)")
        #expect(result.errors.contains(reason), "\(result.errors)")
        #expect(result.errors.contains("Nothing was read or written"))
        #expect(sandbox.snapshot() == before, "nothing changed under the scratch root, not even a lock file")
    }

    @Test func theConfiguredOutputDirIsCheckedTheSameWay() throws {
        let sandbox = try Sandbox()
        let pipeline = sandbox.project.appendingPathComponent("pipeline.yml")
        let text = try String(contentsOf: pipeline, encoding: .utf8).replacingOccurrences(of: "dir: report", with: "dir: \".\"")
        try Data(text.utf8).write(to: pipeline)
        let before = sandbox.snapshot()
        let result = try sandbox.brief(["build", "--quiet"])
        #expect(result.status == 73)
        #expect(result.errors.contains("it is the current folder"))
        #expect(sandbox.snapshot() == before)
    }

    @Test func aFileAddedToAReportIsNamedAndKept() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.brief(["build", "--quiet"]).status == 0)
        let report = sandbox.project.appendingPathComponent("report")
        for index in 1...7 { try Data("mine \(index)\n".utf8).write(to: report.appendingPathComponent("notes-\(index).txt")) }
        let before = sandbox.snapshot()
        let result = try sandbox.brief(["build", "--quiet", "--force"])
        #expect(result.status == 73)
        #expect(result.errors.contains("7 files that brief did not write"), "\(result.errors)")
        #expect(result.errors.contains("notes-1.txt, notes-2.txt, notes-3.txt, notes-4.txt, notes-5.txt and 2 more"))
        #expect(sandbox.snapshot() == before)
        // The up-to-date check does not hide it either.
        #expect(try sandbox.brief(["build", "--quiet"]).status == 73)
        for index in 1...7 { try FileManager.default.removeItem(at: report.appendingPathComponent("notes-\(index).txt")) }
        try FileManager.default.createDirectory(at: report.appendingPathComponent("drafts"), withIntermediateDirectories: false)
        let folder = try sandbox.brief(["build", "--quiet", "--force"])
        #expect(folder.status == 73 && folder.errors.contains("drafts/"), "an empty folder of the user's is not the report's")
    }

    @Test func aReportAndAnEmptyFolderAreReplacedAndNoLockIsLeft() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(
            at: sandbox.project.appendingPathComponent("empty"), withIntermediateDirectories: false)
        let home = sandbox.snapshot().filter { $0.key.hasPrefix("home") }
        #expect(try sandbox.brief(["build", "--quiet", "--out", "empty"]).status == 0)
        #expect(sandbox.snapshot().filter { $0.key.hasPrefix("home") } == home, "a build writes nothing into HOME (no cache)")
        #expect(try sandbox.brief(["build", "--quiet", "--out", "empty", "--force"]).status == 0)
        #expect(ReportCheck.intactFiles(sandbox.project.appendingPathComponent("empty")) != nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.project.path)
        #expect(!names.contains { $0.hasSuffix(".lock") || $0.contains(".staging-") }, "\(names)")
    }

    @Test func aLinkToAReportStaysALinkAndItsTargetIsReplaced() throws {
        let sandbox = try Sandbox()
        let shared = sandbox.root.appendingPathComponent("shared-drive/report")
        try FileManager.default.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try sandbox.brief(["build", "--quiet", "--out", shared.path]).status == 0)
        let link = sandbox.project.appendingPathComponent("report")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: shared.path)
        let firstBrief = try Data(contentsOf: shared.appendingPathComponent("brief.pdf"))
        try Data("A9,2016-05-05,Gao,IED,MINUSMA,3\n".utf8).append(
            toFile: sandbox.project.appendingPathComponent("data/incidents.csv"))
        #expect(try sandbox.brief(["build", "--quiet"]).status == 0)
        #expect(ResolvedPath.isLink(link.path), "the link is still a link")
        #expect(ResolvedPath.linkTarget(link.path) == shared.path)
        #expect(try Data(contentsOf: shared.appendingPathComponent("brief.pdf")) != firstBrief, "the shared copy was rebuilt")
        #expect(ReportCheck.intactFiles(shared) != nil)
        #expect(ReportCheck.leftovers(beside: shared).isEmpty)
        // A link to nothing is refused rather than made into a folder.
        let dangling = sandbox.project.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "nowhere")
        let result = try sandbox.brief(["build", "--quiet", "--out", "dangling"])
        #expect(result.status == 73 && result.errors.contains("which does not exist"))
        #expect(ResolvedPath.isLink(dangling.path))
    }

    @Test func demoDataNeverOverwritesWithoutForce() throws {
        let sandbox = try Sandbox()
        let mine = sandbox.project.appendingPathComponent("data/incidents.csv")
        let original = try Data(contentsOf: mine)
        let before = sandbox.snapshot()
        let refused = try sandbox.brief(["demo-data", "--out", "data"])
        #expect(refused.status == 73)
        #expect(refused.errors.contains("already holds incidents.csv"), "\(refused.errors)")
        #expect(sandbox.snapshot() == before)
        let messy = try sandbox.brief(["demo-data", "--messy", "--incidents", "10", "--out", "."])
        #expect(messy.status == 73 && messy.errors.contains("pipeline.yml"), "\(messy.errors)")
        #expect(sandbox.snapshot() == before)
        #expect(
            try sandbox.brief(["demo-data", "--ammunition", "5", "--out", "fresh"]).status == 2,
            "a flag the calibrated data would ignore is refused")
        #expect(try sandbox.brief(["demo-data", "--out", "data", "--force"]).status == 0)
        #expect(try Data(contentsOf: mine) != original)
    }
}

extension Data {
    fileprivate func append(toFile url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(self)
    }
}
