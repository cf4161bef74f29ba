import Foundation
import Testing

@testable import Publish

/// What a report folder holds, checked against its own manifest.
enum ReportCheck {
    /// The files the manifest lists (path → sha256) when the folder holds exactly those files with
    /// exactly those bytes; a test failure (and nil) for a missing folder, a mix, or a damaged file.
    static func intactFiles(_ report: URL, sourceLocation: SourceLocation = #_sourceLocation) -> [String: String]? {
        guard let recorded = BuildFingerprint.recorded(in: report) else {
            Issue.record("no readable manifest in \(report.path)", sourceLocation: sourceLocation)
            return nil
        }
        let present = Set(regularFiles(in: report)).subtracting(["manifest.json"])
        guard present == Set(recorded.files.keys) else {
            Issue.record(
                "files differ from the manifest: \(present.symmetricDifference(recorded.files.keys).sorted())",
                sourceLocation: sourceLocation)
            return nil
        }
        for (path, hash) in recorded.files {
            let data = FileManager.default.contents(atPath: report.appendingPathComponent(path).path)
            guard data.map(Digest.sha256) == hash else {
                Issue.record("\(path) does not match the manifest", sourceLocation: sourceLocation)
                return nil
            }
        }
        return recorded.files
    }

    static func regularFiles(in folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
    }

    /// Names beside the report folder that a run leaves while it works (staging, set-aside).
    static func leftovers(beside report: URL) -> [String] {
        let parent = report.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { $0.hasPrefix(".\(report.lastPathComponent).") && !$0.hasSuffix(".lock") }.sorted()
    }

    /// Polls until `condition` holds; false after `seconds`.
    static func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(2_000)
        }
        return condition()
    }
}
