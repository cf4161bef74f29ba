import Foundation
import Publish

/// The git commit the running executable was built from, for `brief --version`: read from the
/// checkout that holds the executable (SwiftPM builds into `.build/` inside it); "commit unknown"
/// for an executable copied elsewhere.
enum SourceCommit {
    static let describe: String = {
        var folder = URL(fileURLWithPath: ProgramIdentity.executablePath).deletingLastPathComponent()
        while folder.path != "/" {
            let git = folder.appendingPathComponent(".git")
            if let commit = commit(in: git) { return "commit \(commit.prefix(12))" }
            folder.deleteLastPathComponent()
        }
        return "commit unknown"
    }()

    /// HEAD's commit: a detached hash, or the branch's from its ref file or packed-refs.
    static func commit(in git: URL) -> String? {
        guard
            let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        else { return nil }
        guard head.hasPrefix("ref: ") else { return head.count == 40 ? head : nil }
        let ref = String(head.dropFirst(5))
        if let hash = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8) {
            return hash.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        return packed.split(separator: "\n").first { $0.hasSuffix(" " + ref) }.map { String($0.prefix(40)) }
    }
}
