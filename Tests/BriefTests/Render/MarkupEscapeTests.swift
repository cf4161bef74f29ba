import Drawing
import Foundation
import Testing

/// The one-pass escape must write what Foundation's replacements, one character after another, wrote.
@Suite struct MarkupEscapeTests {
    static let samples = ["plain", "", "Tom & Jerry <b>\"x\"</b>", "&amp; already", "é – ≥ 5 > 4 & \"q\"", "<<>>&&\"\""]

    @Test(arguments: samples)
    func sameAsReplacingEachCharacter(_ text: String) {
        let pango = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        #expect(MarkupEscape.escape(text) == pango)
        #expect(MarkupEscape.escape(text, quotes: true) == pango.replacingOccurrences(of: "\"", with: "&quot;"))
    }
}
