import BriefModel
import Configuration
import Foundation
import Publish

/// The configured inputs: what the up-to-date check and the manifest need (`stat`, sha256) and their
/// bytes for the input stage. An input is read once, by the core that parses it (or by the up-to-date
/// check when it must be hashed), and hashed only when needed: an input whose `stat` equals the one
/// the report recorded keeps the recorded hash. Read, not mapped: a file cut short by another program
/// mid-run must give an error, not a bus error.
struct InputFiles {
    let paths: [ExportKind: String]
    let stats: [ExportKind: FileStat]
    /// Hashes already known (from the report's manifest, or computed by the up-to-date check).
    var knownSHA256: [ExportKind: String] = [:]
    /// Bytes already read by the up-to-date check.
    private var loaded: [ExportKind: Data] = [:]

    init(_ config: PipelineConfiguration) throws {
        var stats: [ExportKind: FileStat] = [:]
        for (export, spec) in config.inputs {
            guard let stat = FileStat(path: spec.path), FileManager.default.isReadableFile(atPath: spec.path) else {
                throw Self.unreadable(export, spec.path)
            }
            stats[export] = stat
        }
        paths = config.inputs.mapValues(\.path)
        self.stats = stats
    }

    /// The bytes of an input.
    func bytes(_ export: ExportKind) throws -> Data {
        let path = paths[export]!
        guard let data = loaded[export] ?? FileManager.default.contents(atPath: path) else { throw Self.unreadable(export, path) }
        if let kind = FileProblem.binaryKind(data) {
            throw BriefFailure(
                .data,
                """
                data error: inputs.\(export.rawValue).path: \(path) is not a text export: it starts like \(kind) \
                (check the path in pipeline.yml)
                """)
        }
        return data
    }

    /// Every input's hash, taking the recorded one where the file is unchanged since. A file that
    /// cannot be read now gets no hash (so the report is not up to date), and the input stage says why.
    mutating func resolveSHA256(recorded: [String: (FileStat, String)]) -> [ExportKind: String] {
        adoptRecordedSHA256(recorded)
        var hashes: [ExportKind: String] = [:]
        for export in paths.keys {
            if knownSHA256[export] == nil, let data = try? bytes(export) {
                loaded[export] = data
                knownSHA256[export] = Digest.sha256(data)
            }
            hashes[export] = knownSHA256[export] ?? "unreadable"
        }
        return hashes
    }

    /// Takes the recorded hash of every input whose `stat` is unchanged since the report recorded it;
    /// the others are hashed when read (by the core that parses them).
    mutating func adoptRecordedSHA256(_ recorded: [String: (FileStat, String)]) {
        for export in paths.keys where knownSHA256[export] == nil {
            if let (stat, hash) = recorded[export.rawValue], stat == stats[export] { knownSHA256[export] = hash }
        }
    }

    func sha256(_ export: ExportKind, of data: Data) -> String { knownSHA256[export] ?? Digest.sha256(data) }

    private static func unreadable(_ export: ExportKind, _ path: String) -> BriefFailure {
        return BriefFailure(
            .usage,
            """
            configuration error: inputs.\(export.rawValue).path: \(path) \(FileProblem.reason(path)) \
            (fix the path in pipeline.yml, or remove the input to build without it)
            """)
    }
}
