import BriefModel
import Foundation
import Publish

/// The configured inputs' bytes, read once per run: hashed for the up-to-date check and the
/// manifest, then parsed by the input stage.
struct InputFiles {
    let bytes: [ExportKind: Data]
    let sha256: [ExportKind: String]

    init(_ config: PipelineConfiguration) throws {
        var bytes: [ExportKind: Data] = [:]
        for (export, spec) in config.inputs {
            guard let data = FileManager.default.contents(atPath: spec.path) else {
                let reason = FileManager.default.fileExists(atPath: spec.path) ? "cannot be read" : "does not exist"
                throw BriefFailure(.usage, """
                    configuration error: inputs.\(export.rawValue).path: \(spec.path) \(reason) \
                    (fix the path in pipeline.yml, or remove the input to build without it)
                    """)
            }
            bytes[export] = data
        }
        self.bytes = bytes
        sha256 = bytes.mapValues(Digest.sha256)
    }
}
