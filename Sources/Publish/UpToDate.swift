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
        guard let data = FileManager.default.contents(atPath: report.appendingPathComponent("manifest.json").path),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let program = json["program"] as? [String: Any], let configuration = json["configuration"] as? [String: Any],
            let inputs = json["inputs"] as? [[String: Any]], let files = json["files"] as? [[String: Any]],
            json["partial_build"] as? Bool != true
        else { return nil }
        let fingerprint = BuildFingerprint(
            inputs: Dictionary(inputs.compactMap { i in (i["export"] as? String).map { ($0, i["sha256"] as? String ?? "") } }) { a, _ in a },
            configurationSHA256: configuration["sha256"] as? String ?? "",
            programVersion: program["version"] as? String ?? "", programSHA256: program["sha256"] as? String ?? "")
        let hashes = Dictionary(files.compactMap { f in (f["path"] as? String).map { ($0, f["sha256"] as? String ?? "") } }) { a, _ in a }
        return (fingerprint, hashes)
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

/// The running program: its version and the hash of its executable, so a rebuilt program rebuilds reports.
public enum ProgramIdentity {
    public static let version = "0.1.0"

    public static let sha256: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return FileManager.default.contents(atPath: path).map(Digest.sha256) ?? "unknown"
    }()
}
