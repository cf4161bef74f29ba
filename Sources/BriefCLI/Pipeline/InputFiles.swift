import BriefModel
import Foundation
import Publish

/// The configured inputs, mapped once per run: their bytes for the input stage, and what the
/// up-to-date check and the manifest need (`stat`, sha256). A hash is computed only when needed: an
/// input whose `stat` equals the one the report recorded keeps the recorded hash.
struct InputFiles {
    let bytes: [ExportKind: Data]
    let stats: [ExportKind: FileStat]
    /// Hashes already known (from the report's manifest, or computed by the up-to-date check).
    var knownSHA256: [ExportKind: String] = [:]

    init(_ config: PipelineConfiguration) throws {
        var bytes: [ExportKind: Data] = [:], stats: [ExportKind: FileStat] = [:]
        for (export, spec) in config.inputs {
            // Mapped, not read: the input stage touches each page once, on the core that parses it.
            guard let stat = FileStat(path: spec.path),
                let data = try? Data(contentsOf: URL(fileURLWithPath: spec.path), options: .alwaysMapped)
            else {
                let reason = FileManager.default.fileExists(atPath: spec.path) ? "cannot be read" : "does not exist"
                throw BriefFailure(.usage, """
                    configuration error: inputs.\(export.rawValue).path: \(spec.path) \(reason) \
                    (fix the path in pipeline.yml, or remove the input to build without it)
                    """)
            }
            bytes[export] = data
            stats[export] = stat
        }
        self.bytes = bytes
        self.stats = stats
    }

    /// Every input's hash, taking the recorded one where the file is unchanged since.
    mutating func resolveSHA256(recorded: [String: (FileStat, String)]) -> [ExportKind: String] {
        for (export, data) in bytes where knownSHA256[export] == nil {
            if let (stat, hash) = recorded[export.rawValue], stat == stats[export] {
                knownSHA256[export] = hash
            } else {
                knownSHA256[export] = Digest.sha256(data)
            }
        }
        return knownSHA256
    }

    func sha256(_ export: ExportKind) -> String { knownSHA256[export] ?? Digest.sha256(bytes[export]!) }
}
