import Foundation

/// `demo-data.json`, written by `brief demo-data` beside the files it generates: every file's seed and
/// sha256 (merged with the entries already there, so demo files from several runs stay recognised). A build flags an input as synthetic when the marker beside it lists that
/// file name with exactly its bytes' hash, so any seed is recognised without regenerating anything,
/// and a real export (put in place of a demo file, or edited from one) never matches.
public struct DemoMarker: Codable, Equatable, Sendable {
    public static let fileName = "demo-data.json"

    public struct File: Codable, Equatable, Sendable {
        public var seed: UInt64
        /// The sha256 of the file's bytes, as lowercase hex.
        public var sha256: String

        public init(seed: UInt64, sha256: String) {
            self.seed = seed
            self.sha256 = sha256
        }
    }

    public var generator = "brief demo-data"
    /// File name (no folder) → how it was generated.
    public var files: [String: File]

    public init(files: [String: File]) { self.files = files }

    /// Stable bytes (sorted keys), so the bundled marker is reproducible like the files it lists.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// The marker in `folder`, nil when there is none or it is not one of ours.
    public static func read(in folder: URL) -> DemoMarker? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
            let marker = try? JSONDecoder().decode(DemoMarker.self, from: data), marker.generator == "brief demo-data"
        else { return nil }
        return marker
    }
}
