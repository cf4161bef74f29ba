import Foundation
import Testing

@testable import Publish

/// The swap in-process: the exchange really exchanges, the fallback never deletes the old report
/// before the new one is in place, and a killed run's leftovers are recovered, not removed.
@Suite struct ReportSwapTests {
    /// A report folder `report` holding `marker.txt` = `text`, in a fresh parent folder.
    static func folder(_ parent: URL, _ name: String, _ text: String) throws -> URL {
        let url = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent("marker.txt"))
        return url
    }

    static func marker(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent("marker.txt").path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func theKernelExchangesTwoFolders() throws {
        let parent = Fixtures.temporaryDirectory()
        let a = try Self.folder(parent, "a", "A"), b = try Self.folder(parent, "b", "B")
        #expect(ReportSwap.exchange(a, b), "errno \(errno)")
        #expect(Self.marker(a) == "B" && Self.marker(b) == "A")
    }

    @Test(arguments: [true, false])
    func replaceLeavesOnlyTheNewReport(atomic: Bool) throws {
        let parent = Fixtures.temporaryDirectory()
        let target = try Self.folder(parent, "report", "old")
        let staging = try Self.folder(parent, ".report.staging-\(getpid())", "new")
        try ReportSwap.replace(target, with: staging, options: SwapOptions(atomic: atomic))
        #expect(Self.marker(target) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
    }

    /// The fallback's first rename done, the second not: no report in place, the old one set aside.
    @Test func aReportSetAsideByADeadRunIsPutBack() throws {
        let parent = Fixtures.temporaryDirectory()
        _ = try Self.folder(parent, ".report.previous-999999", "old")
        _ = try Self.folder(parent, ".report.staging-999999", "new")
        let target = parent.appendingPathComponent("report")
        ReportSwap.recover(target)
        #expect(Self.marker(target) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
    }

    /// Both renames done, the old report not yet deleted: the new one stays, the old one goes.
    @Test func aSetAsideReportBesideANewOneIsDeleted() throws {
        let parent = Fixtures.temporaryDirectory()
        let target = try Self.folder(parent, "report", "new")
        _ = try Self.folder(parent, ".report.previous-999999", "old")
        _ = try Self.folder(parent, ".other.staging-999999", "another report's")
        ReportSwap.recover(target)
        #expect(Self.marker(target) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".other.staging-999999", "report"])
    }
}
