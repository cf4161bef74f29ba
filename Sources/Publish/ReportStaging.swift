import CAtomicSwap
import Foundation

/// A report built in a temporary folder beside the report folder and swapped in only when every
/// file is written, so a failed or killed run leaves the previous report exactly as it was.
public final class ReportStaging {
    public let target: URL
    public let staging: URL
    /// Every file written, relative path → sha256, for the manifest.
    public private(set) var written: [(path: String, sha256: String)] = []

    static let stagingMarker = ".staging-"

    public init(target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.target.lastPathComponent)\(Self.stagingMarker)\(getpid())")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            Self.removeLeftovers(of: self.target)
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ReportError.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Starts from a copy of the report in place, for runs that replace only some files.
    public func seedFromTarget() throws {
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.copyItem(at: target, to: staging)
        } catch {
            throw ReportError.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }
    }

    public func write(_ relativePath: String, _ data: Data) throws {
        let url = staging.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        written.removeAll { $0.path == relativePath }
        written.append((relativePath, Digest.sha256(data)))
    }

    public func write(_ relativePath: String, _ text: String) throws { try write(relativePath, Data(text.utf8)) }

    /// Adds the files carried over from the previous report to `written`, for the manifest.
    public func recordExistingFiles() throws {
        let paths = (FileManager.default.subpaths(atPath: staging.path) ?? []).sorted()
        for path in paths where !written.contains(where: { $0.path == path }) {
            var isDirectory: ObjCBool = false
            let url = staging.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            written.append((path, Digest.sha256(data)))
        }
    }

    /// Swaps the staged report in: one atomic exchange where the system has it, then the old
    /// report (now in the staging path) is removed.
    public func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: target.path) {
            if catomicswap_exchange(staging.path, target.path) != 0 {
                // No atomic exchange here: move the old report aside, then the new one in.
                let aside = staging.appendingPathExtension("old")
                do {
                    try fm.moveItem(at: target, to: aside)
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    throw ReportError.cannotWrite(path: target.path, reason: error.localizedDescription)
                }
                try? fm.removeItem(at: aside)
                return
            }
            try? fm.removeItem(at: staging)
        } else {
            do {
                try fm.moveItem(at: staging, to: target)
            } catch {
                throw ReportError.cannotWrite(path: target.path, reason: error.localizedDescription)
            }
        }
    }

    public func discard() { try? FileManager.default.removeItem(at: staging) }

    /// Staging folders of runs whose process is gone; a killed run's leftovers are removed here.
    static func removeLeftovers(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent)\(stagingMarker)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}

public enum ReportError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case locked(path: String, holder: Int32?)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write the report at \(path): \(reason) (check the folder exists and is writable, or choose another with --out)"
        case .locked(let path, let holder):
            "another brief run\(holder.map { " (process \($0))" } ?? "") is writing \(path); "
                + "wait for it to finish, or write elsewhere with --out"
        }
    }
}
