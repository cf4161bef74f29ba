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

/// The running program: its version and the hash of its executable, so a rebuilt program rebuilds
/// reports. Nothing is cached outside the report: the hash a report's manifest recorded is taken
/// again while the executable is the same file (same `stat`, recorded beside it), as for inputs.
public enum ProgramIdentity {
    public static let version = "0.1.0"

    static let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    public static var executablePath: String { path }

    /// The executable as `stat` sees it now.
    public static let stat = FileStat(path: path)

    /// The executable's sha256: the one the manifest in `report` recorded when the executable is the
    /// same file, otherwise hashed (once per process).
    public static func sha256(recordedIn report: URL?) -> String {
        if let report, let program = Manifest.Recorded(in: report)?.program, let recorded = program.stat,
            FileStat(recorded) == stat
        {
            return program.sha256
        }
        return hashed
    }

    private static let hashed: String = FileManager.default.contents(atPath: path).map(Digest.sha256) ?? "unknown"
}
