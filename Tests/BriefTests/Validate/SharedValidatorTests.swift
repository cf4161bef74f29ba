import BriefModel
import DemoData
import Foundation
import Ingest
import Testing

@testable import Validate

/// One validator used from many threads at once: its memos (dates, calibres, labels) are shared
/// state, so every thread must read exactly what a validator of its own reads. Run under
/// ThreadSanitizer in CI (`.ci/run`), where eight threads sharing a validator once showed a race.
@Suite struct SharedValidatorTests {
    @Test func eightThreadsShareOneValidator() throws {
        let files = ScaledExport.files(incidents: 1_500, ammunition: 1_500, seed: 5)
        let incidents = try ExportReader.read(bytes: [UInt8](files[0].bytes), format: .csv, delimiter: nil, file: "i.csv")
        let ammunition = try ExportReader.read(bytes: [UInt8](files[1].bytes), format: .csv, delimiter: nil, file: "a.csv")
        let alone = Fixtures.validator()
        let expected = (try alone.incidents(incidents), try alone.ammunition(ammunition))
        let shared = Fixtures.validator()
        let results = try Parallel.map(8) { index in
            index % 2 == 0
                ? try shared.incidents(incidents).quality : try shared.ammunition(ammunition).quality
        }
        for (index, quality) in results.enumerated() {
            #expect(quality == (index % 2 == 0 ? expected.0.quality : expected.1.quality))
        }
        let values = try Parallel.map(4) { _ in try shared.incidents(incidents).values }
        #expect(values.allSatisfy { $0 == expected.0.values })
    }
}
