import Foundation

/// What a report was built from: the inputs' hashes, the configuration's hash and the program.
/// When all equal those recorded in the report's manifest, and every file the manifest lists is still
/// there with the same hash, the report is up to date and a build has nothing to do.
public struct BuildFingerprint: Equatable, Sendable {
    public var inputs: [String: String]
    public var configurationSHA256: String
    public var programVersion: String
    public var programSHA256: String

    public init(inputs: [String: String], configurationSHA256: String, programVersion: String, programSHA256: String) {
        self.inputs = inputs
        self.configurationSHA256 = configurationSHA256
        self.programVersion = programVersion
        self.programSHA256 = programSHA256
    }

    /// The fingerprint recorded in a report's manifest.json, nil when it has none or cannot be read.
    public static func recorded(in report: URL) -> (fingerprint: BuildFingerprint, files: [String: String])? {
        guard let manifest = Manifest.Recorded(in: report), manifest.partial_build != true else { return nil }
        let fingerprint = BuildFingerprint(
            inputs: Dictionary(manifest.inputs.map { ($0.export, $0.sha256) }) { a, _ in a },
            configurationSHA256: manifest.configuration.sha256,
            programVersion: manifest.program.version, programSHA256: manifest.program.sha256)
        return (fingerprint, Dictionary(manifest.files.map { ($0.path, $0.sha256) }) { a, _ in a })
    }

    /// True when the report in `folder` was built from exactly this and is intact.
    public func isUpToDate(_ folder: URL) -> Bool {
        guard let (recorded, files) = Self.recorded(in: folder), recorded == self, !files.isEmpty else { return false }
        return files.allSatisfy { path, hash in
            FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                .map { Digest.sha256($0) == hash } ?? false
        }
    }
}

/// What `stat` says of a file: when size, inode and both times are as recorded, the file has not
/// been rewritten, so its recorded sha256 still holds and the file need not be read again (a million-
/// row export takes longer to hash than the whole up-to-date check may).
public struct FileStat: Equatable, Sendable {
    public var bytes: Int
    public var inode: UInt64
    public var modifiedNanoseconds: Int
    public var changedNanoseconds: Int

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        bytes = Int(info.st_size)
        inode = UInt64(info.st_ino)
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changedNanoseconds = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }

    init(bytes: Int, inode: UInt64, modifiedNanoseconds: Int, changedNanoseconds: Int) {
        (self.bytes, self.inode, self.modifiedNanoseconds, self.changedNanoseconds) =
            (bytes, inode, modifiedNanoseconds, changedNanoseconds)
    }

    var json: JSONValue {
        .object([("bytes", .int(bytes)), ("inode", .int(Int(inode))), ("modified_ns", .int(modifiedNanoseconds)),
            ("changed_ns", .int(changedNanoseconds))])
    }
}

extension BuildFingerprint {
    /// The sha256 and `stat` recorded for each input, by export, so an unchanged file's hash can be
    /// taken from the manifest instead of reading the file.
    public static func recordedInputs(in report: URL) -> [String: (FileStat, String)] {
        var inputs: [String: (FileStat, String)] = [:]
        for input in Manifest.Recorded(in: report)?.inputs ?? [] {
            if let stat = input.stat { inputs[input.export] = (FileStat(stat), input.sha256) }
        }
        return inputs
    }
}

/// The running program: its version and the hash of its executable, so a rebuilt program rebuilds reports.
public enum ProgramIdentity {
    public static let version = "0.1.0"

    static let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    public static var executablePath: String { path }

    /// Hashed once per executable: the hash is kept in the user's cache folder with the executable's
    /// `stat`, and used again while the executable is the same file.
    public static let sha256: String = {
        let stat = FileStat(path: path)
        let cache = cacheFile
        let entry = stat.map { "\($0.bytes) \($0.inode) \($0.modifiedNanoseconds) \($0.changedNanoseconds) \(path) " } ?? ""
        if !entry.isEmpty, let cache, let text = try? String(contentsOf: cache, encoding: .utf8), text.hasPrefix(entry),
            case let hash = String(text.dropFirst(entry.count)).trimmingCharacters(in: .whitespacesAndNewlines),
            hash.count == 64, hash.allSatisfy(\.isHexDigit)
        {
            return hash
        }
        guard let hash = FileManager.default.contents(atPath: path).map(Digest.sha256) else { return "unknown" }
        if !entry.isEmpty, let cache {
            try? FileManager.default.createDirectory(at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data((entry + hash + "\n").utf8).write(to: cache, options: .atomic)
        }
        return hash
    }()

    /// `$XDG_CACHE_HOME/brief/program-sha256` (or under `~/.cache`); nil without a home.
    static var cacheFile: URL? {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
        return base?.appendingPathComponent("brief/program-sha256")
    }
}
