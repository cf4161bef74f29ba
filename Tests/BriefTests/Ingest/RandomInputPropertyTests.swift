import BriefModel
import Foundation
import FuzzTargets
import Testing

@testable import DemoData

/// The fuzz targets (Sources/FuzzTargets) on seeded random mutations of the bundled exports, the
/// fixtures and pipeline.yml: what libFuzzer checks in CI, repeatable in every `swift test`.
@Suite struct RandomInputPropertyTests {
    static let sources: [[UInt8]] =
        DemoDataset.files().map { Array($0.bytes.prefix(6_000)) }
        + ["acled-mali.csv", "fig4-incidents.csv", "renamed-headers.jsonl", "windows1252-semicolon-crlf.csv"].map(Fixtures.bytes)
        + [Array(FileManager.default.contents(atPath: Repository.url("pipeline.yml").path) ?? Data()), []]

    static func mutate(_ source: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = source
        for _ in 0..<rng.int(0...12) where !bytes.isEmpty {
            let position = rng.int(0...(bytes.count - 1))
            switch rng.int(0...3) {
            case 0: bytes[position] = UInt8(truncatingIfNeeded: rng.next())
            case 1: bytes.insert(rng.pick(Array("\";,\n\r{}[]:é".utf8)), at: position)
            case 2: bytes.remove(at: position)
            default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 40)], at: position)
            }
        }
        return bytes
    }

    /// Exports each reader target validates; every mutated input reaches at least that many
    /// identities (behind a header of the required columns), JSON when its brackets balance.
    static func guaranteed(_ target: FuzzTarget) -> Int {
        switch target {
        case .csv, .json, .jsonl: 3
        case .acled, .un: 1
        case .pipeline: 0
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seededMutationsKeepEveryProperty(_ target: FuzzTarget) {
        var rng = SeededGenerator(seed: 2023)
        var reached = 0
        for round in 0..<80 {
            let bytes = Self.mutate(Self.sources[round % Self.sources.count], &rng)
            let outcome = target.run(bytes)
            #expect(outcome.failure == nil, "round \(round)")
            if outcome.identitiesChecked >= Self.guaranteed(target) { reached += 1 }
        }
        // JSON loses the inputs whose mutations unbalanced a bracket; every other reader reaches all 80.
        #expect(target == .json ? reached >= 40 : reached == 80, "\(reached) of 80 inputs reached the identity")
    }
}
