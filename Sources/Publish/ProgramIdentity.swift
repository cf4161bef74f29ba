import CLinuxFiles
import Foundation

/// The running program: its version and what identifies its code, so a rebuilt program rebuilds
/// reports. Nothing is cached outside the report.
public enum ProgramIdentity {
    public static let version = "0.1.0"

    static let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    public static var executablePath: String { path }

    /// The executable as `stat` sees it now.
    public static let stat = FileStat(path: path)

    /// The GNU build ID the linker wrote into the executable (a hash of its whole output), read from
    /// memory in microseconds; nil when the linker wrote none.
    public static let buildID: String? = {
        var bytes = [UInt8](repeating: 0, count: 64)
        let length = Int(clinuxfiles_build_id(&bytes, Int32(bytes.count)))
        guard length > 0 else { return nil }
        return bytes.prefix(length).map { String(format: "%02x", $0) }.joined()
    }()

    /// `build-id:…` from the build ID; where there is none, `sha256:…` of the executable's file: the
    /// one the manifest in `report` recorded when the executable is the same file (same `stat`),
    /// otherwise hashed once per process. Hashing the 100 MB static release build took 0.1 s, a third
    /// of a demo build into a new folder; the build ID costs nothing.
    public static func identity(recordedIn report: URL?) -> String {
        if let buildID { return "build-id:" + buildID }
        if let report, let program = Manifest.Recorded(in: report)?.program, let recorded = program.stat,
            let sha256 = program.sha256, FileStat(recorded) == stat
        {
            return "sha256:" + sha256
        }
        return "sha256:" + hashed
    }

    private static let hashed: String = FileManager.default.contents(atPath: path).map(Digest.sha256) ?? "unknown"
}
