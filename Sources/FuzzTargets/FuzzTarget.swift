import BriefModel
import Ingest

/// The fuzz targets: one per reader, and one for pipeline.yml. Each takes any bytes and checks the
/// properties that must hold for every input; libFuzzer drives them (Fuzz/, scripts/fuzz) and the
/// test suite runs them on seeded random mutations, so both check the same thing.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case csv, json, jsonl, acled, un, pipeline

    /// What one input showed: how many quality identities were checked, and the first broken property.
    public struct Outcome: Sendable {
        public var identitiesChecked = 0
        public var failure: String?
    }

    public func run(_ bytes: [UInt8]) -> Outcome {
        switch self {
        case .csv: ExportProperty.check(bytes, format: .csv, exports: [.incidents, .arms, .ammunition])
        case .json: ExportProperty.check(bytes, format: .json, exports: [.incidents, .arms, .ammunition])
        case .jsonl: ExportProperty.check(bytes, format: .jsonl, exports: [.incidents, .arms, .ammunition])
        case .acled: ExportProperty.check(bytes, format: .acled, exports: [.incidents])
        case .un: ExportProperty.check(bytes, format: .unFatalities, exports: [.unFatalities])
        case .pipeline: PipelineProperty.check(bytes)
        }
    }
}
