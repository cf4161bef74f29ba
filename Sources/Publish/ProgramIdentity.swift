import Foundation

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
