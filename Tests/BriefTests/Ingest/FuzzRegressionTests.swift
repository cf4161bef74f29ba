import BriefModel
import Foundation
import Ingest
import Testing
@testable import Validate

/// Inputs that once crashed the libFuzzer harness (scripts/fuzz), kept so they never do again.
@Suite struct FuzzRegressionTests {
    static let names = ["ammunition-34-digit-quantity", "json-range-before-start"]

    @Test(arguments: names)
    func crashingInputIsNowRejectedRowsNotACrash(_ name: String) throws {
        let bytes = Fixtures.bytes("fuzz-regressions/\(name)")
        let validator = Fixtures.validator()
        for format in InputFormat.allCases {
            guard let table = try? ExportReader.read(bytes: bytes, format: format, delimiter: nil, file: name) else { continue }
            for quality in [try? validator.incidents(table).quality, try? validator.arms(table).quality,
                try? validator.ammunition(table).quality].compactMap({ $0 })
            {
                #expect(quality.isBalanced)
            }
        }
    }
}
