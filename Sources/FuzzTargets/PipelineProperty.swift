import Configuration
import Foundation

/// For any bytes as pipeline.yml: the loader returns a configuration or a `ConfigurationError` that
/// names the file; it never crashes and never throws anything else.
enum PipelineProperty {
    static func check(_ bytes: [UInt8]) -> FuzzTarget.Outcome {
        var outcome = FuzzTarget.Outcome()
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try ConfigurationLoader.parse(text, file: "fuzz.yml", baseDirectory: "/fuzz")
        } catch let error as ConfigurationError {
            if !"\(error)".hasPrefix("fuzz.yml") {
                outcome.failure = "a configuration error that does not name the file: \(error)"
            }
        } catch {
            outcome.failure = "pipeline.yml: unexpected error \(error)"
        }
        return outcome
    }
}
