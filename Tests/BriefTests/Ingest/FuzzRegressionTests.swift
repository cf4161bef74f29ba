import Foundation
import FuzzTargets
import Testing

/// Inputs that once crashed the libFuzzer harness (scripts/fuzz), kept so they never do again: every
/// fuzz target holds its properties on them.
@Suite struct FuzzRegressionTests {
    static let names = ["ammunition-34-digit-quantity", "json-range-before-start"]

    @Test(arguments: names, FuzzTarget.allCases)
    func aCrashingInputNowKeepsEveryProperty(_ name: String, _ target: FuzzTarget) {
        let outcome = target.run(Fixtures.bytes("fuzz-regressions/\(name)"))
        #expect(outcome.failure == nil)
        // JSON alone may refuse a whole document whose brackets do not balance.
        if target != .json { #expect(outcome.identitiesChecked >= RandomInputPropertyTests.guaranteed(target)) }
    }
}
