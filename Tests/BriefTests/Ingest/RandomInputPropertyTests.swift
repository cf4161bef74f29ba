import BriefModel
@testable import DemoData
import Foundation
import Ingest
import Testing
@testable import Validate

/// A seeded random-input property test beside the libFuzzer harness (scripts/fuzz): random bytes and
/// mutated exports through every reader and validator never crash, and every row is accounted for.
@Suite struct RandomInputPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    @Test(arguments: seeds)
    func mutatedExportsKeepTheRowIdentity(_ seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let sources = DemoDataset.files().map { Array($0.bytes.prefix(6_000)) } + [Array("".utf8)]
        let validator = Fixtures.validator()
        for round in 0..<40 {
            var bytes = sources[round % sources.count]
            for _ in 0..<rng.int(0...12) where !bytes.isEmpty {
                let position = rng.int(0...(bytes.count - 1))
                switch rng.int(0...3) {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: rng.next())
                case 1: bytes.insert(rng.pick(Array("\";,\n\r{}[]:é".utf8)), at: position)
                case 2: bytes.remove(at: position)
                default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 40)], at: position)
                }
            }
            for format in [InputFormat.csv, .json, .jsonl] {
                guard let table = try? ExportReader.read(bytes: bytes, format: format, delimiter: nil, file: "random") else {
                    continue
                }
                for quality in [
                    try? validator.incidents(table).quality, try? validator.incidents(table, format: .acled).quality,
                    try? validator.arms(table).quality, try? validator.ammunition(table).quality,
                    try? validator.unFatalities(table, mission: "MINUSMA").quality,
                ].compactMap({ $0 }) {
                    #expect(quality.isBalanced)
                    #expect(quality.read == table.rowCount)
                }
            }
        }
    }
}
