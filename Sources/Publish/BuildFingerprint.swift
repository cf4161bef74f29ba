import Foundation

/// What a report was built from: the inputs' hashes, the configuration's hash and the program.
/// When all equal those recorded in the report's manifest, and every file the manifest lists is still
/// there with the same hash, the report is up to date and a build has nothing to do.
public struct BuildFingerprint: Equatable, Sendable {
    public var inputs: [String: String]
    public var configurationSHA256: String
    public var programVersion: String
    public var programIdentity: String

    public init(inputs: [String: String], configurationSHA256: String, programVersion: String, programIdentity: String) {
        self.inputs = inputs
        self.configurationSHA256 = configurationSHA256
        self.programVersion = programVersion
        self.programIdentity = programIdentity
    }

    /// The fingerprint recorded in a report's manifest.json, nil when it has none or cannot be read.
    public static func recorded(in report: URL) -> (fingerprint: BuildFingerprint, files: [String: String])? {
        guard let manifest = Manifest.Recorded(in: report), manifest.partialBuild != true else { return nil }
        let fingerprint = BuildFingerprint(
            inputs: Dictionary(manifest.inputs.map { ($0.export, $0.sha256) }) { a, _ in a },
            configurationSHA256: manifest.configuration.sha256,
            programVersion: manifest.program.version, programIdentity: manifest.program.identity ?? "")
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
