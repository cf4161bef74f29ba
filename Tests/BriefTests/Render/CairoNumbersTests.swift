import CCairoNumbers
import Foundation
import Testing
@testable import Render
import BriefModel
@testable import DemoData

/// The numbers cairo prints in every PDF and SVG go through our `__snprintf_chk` (CCairoNumbers):
/// it must be the one the dynamic linker picks, and print exactly what glibc prints.
@Suite(.serialized) struct CairoNumbersTests {
    /// glibc's own conversion, reached without our function (vsnprintf is not interposed).
    static func glibc(_ value: Double, precision: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        _ = withVaList([precision, value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        return String(cString: buffer)
    }

    static func ours(_ value: Double, precision: Int32, size: Int = 512) -> (length: Int32, text: String) {
        var buffer = [CChar](repeating: 0, count: max(size, 1))
        let length = ccaironumbers_fixed(&buffer, size, value, precision)
        return (length, String(cString: buffer))
    }

    static let precisions: [Int32] = [6, 18, 3, 0, 12, 7]

    /// Values of every kind cairo prints (coordinates, glyph outlines in 1/64ths, tiny offsets), any
    /// bit pattern, and values exactly halfway between two printed numbers (odd multiples of
    /// 2^-(precision+1)), where glibc rounds to even.
    static func cases(count: Int, seed: UInt64) -> [(value: Double, precision: Int32)] {
        var random = SeededGenerator(seed: seed)
        var cases: [(Double, Int32)] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.0000005, 0.0000015, 1e-300,
            Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, 4_294_967_296.5, 9_007_199_254.740_993]
            .flatMap { value in precisions.map { (value, $0) } }
        for index in 0..<count {
            let precision = precisions[(index / 6) % precisions.count]
            let value: Double
            switch index % 6 {
            case 0: value = (random.unit() - 0.5) * 2000
            case 1: value = (random.unit() - 0.5) * 0.2
            case 2: value = Double(Int(random.next() % 2_000_000) - 1_000_000) / 64
            case 3:
                let odd = Double(2 * Int(random.next() % 100_000) - 99_999)
                value = precision <= 18 ? odd / Double(1 << Int(precision + 1)) : odd
            case 4: value = Double(bitPattern: random.next())
            default: value = Double(sign: .plus, exponent: Int(random.next() % 80) - 40, significand: 1 + random.unit())
            }
            if value.isFinite { cases.append((value, precision)) }
        }
        return cases
    }

    @Test func printsExactlyWhatGlibcPrints() {
        var compared = 0, ties = 0
        for (value, precision) in Self.cases(count: 60_000, seed: 7) {
            let (length, text) = Self.ours(value, precision: precision)
            guard length >= 0 else { continue }  // left to glibc
            compared += 1
            let expected = Self.glibc(value, precision: precision)
            #expect(text == expected, "\(value) (bits \(value.bitPattern)) at precision \(precision)")
            #expect(Int(length) == expected.utf8.count)
            let scaled = abs(value) * pow(10, Double(precision))
            if scaled < 1e15, scaled - scaled.rounded(.down) == 0.5 { ties += 1 }
        }
        // The fast path is the one taken for the numbers cairo prints, halfway cases included.
        #expect(compared > 45_000)
        #expect(ties > 5_000)
    }

    /// glibc rounds in the thread's rounding mode; the fast path only in the default one, so in any
    /// other mode the call goes to glibc.
    @Test func anotherRoundingModeIsLeftToGlibc() {
        func format(_ value: Double, _ precision: Int32) -> String {
            var buffer = [CChar](repeating: 0, count: 64)
            _ = ccaironumbers_format(&buffer, buffer.count, precision, value)
            return String(cString: buffer)
        }
        for mode: Int32 in [FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO] {
            fesetround(mode)
            defer { fesetround(FE_TONEAREST) }
            for (value, precision) in [(0.123_456_1, Int32(6)), (2.5, 0), (-1.000_000_4, 6), (7.0 / 3, 18)] {
                #expect(format(value, precision) == Self.glibc(value, precision: precision), "mode \(mode), \(value)")
            }
        }
        #expect(format(2.5, 0) == "2" && format(0.123_456_1, 6) == "0.123456")
    }

    @Test func whatIsLeftToGlibc() {
        #expect(Self.ours(.infinity, precision: 6).length == -1)
        #expect(Self.ours(.nan, precision: 6).length == -1)
        #expect(Self.ours(1e30, precision: 6).length == -1)
        #expect(Self.ours(1, precision: 19).length == -1)
        #expect(Self.ours(123.456, precision: 6) == (10, "123.456000"))
    }

    @Test func aShortBufferGetsWhatFitsAndTheWholeLength() {
        let (length, text) = Self.ours(-1234.5678, precision: 6, size: 6)
        #expect(length == 12)  // -1234.567800
        #expect(text == "-1234")
    }

    /// The symbol cairo calls resolves to ours, and a chart drawn with and without our conversion is
    /// the same file to the byte.
    @Test func cairoPrintsThroughItAndGetsTheSameFile() throws {
        #expect(ccaironumbers_interposed() == 1)
        let chart = ChartSpec(
            kind: .bars, title: "Attacks, 2014–2022", subtitle: "Number of attacks per year", source: "Source: test",
            categories: ["2014", "2015", "2016"],
            layers: [.init(label: "Attacks", colorKey: "minusma", values: [51, 1_234, 0.7])], valueLabel: "Attacks")
        let fast = (try SVGChartRenderer().render(chart), try PDFChartRenderer().render(chart))
        ccaironumbers_set_enabled(0)
        defer { ccaironumbers_set_enabled(1) }
        let glibc = (try SVGChartRenderer().render(chart), try PDFChartRenderer().render(chart))
        #expect(fast.0 == glibc.0)
        #expect(fast.1 == glibc.1)
    }
}
