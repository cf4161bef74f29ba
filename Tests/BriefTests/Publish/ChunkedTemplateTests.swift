import Foundation
import Testing

@testable import Publish

/// Templates parsed in pieces (for speed) must render exactly as when parsed whole.
@Suite struct ChunkedTemplateTests {
    static let bundled = ["brief", "brief.fr", "page", "page.fr"]
    static let line = String(repeating: "x", count: 100) + "\n"

    @Test("the bundled templates are cut into pieces and render as the whole template does", arguments: bundled)
    func bundledTemplatesRenderAsWhole(name: String) throws {
        let source = String(decoding: ReportPage.resource(name, "mustache"), as: UTF8.self)
        let cuts = try #require(ChunkedTemplate.cuts(Array(source.utf8))?.cuts)
        #expect(cuts.count >= 5)
        let context = try BriefContext.make(try BriefLayoutTests.inputs())
        let whole = try ChunkedTemplate(string: source, pieceBytes: .max).render(context)
        #expect(whole.count > 1000)
        let chunked = try ChunkedTemplate(string: source).render(context)
        #expect(chunked == whole)
    }

    @Test func piecesAreCutOnlyOutsideSectionsAndTags() throws {
        let line = Self.line
        let source =
            "{{#a}}\n" + line + "{{/a}}\n" + line + "{{! a comment\n" + line + "}}\n" + line + "  {{#b}}\n{{c}}\n  {{/b}}\nend"
        let bytes = Array(source.utf8)
        let cuts = try #require(ChunkedTemplate.cuts(bytes, pieceBytes: 20)?.cuts)
        #expect(cuts.map { String(decoding: bytes[..<$0].suffix(2), as: UTF8.self) } == ["}\n", "x\n", "}\n", "x\n", "}\n"])
        for context: [String: Any] in [["a": true, "b": ["c": 1]], ["a": false, "b": [["c": 1], ["c": 2]]]] {
            #expect(
                try ChunkedTemplate(string: source, pieceBytes: 20).render(context)
                    == ChunkedTemplate(string: source, pieceBytes: .max).render(context))
        }
    }

    @Test func aContentTypeOnTheFirstLineHoldsInEveryPiece() throws {
        let source = "{{% CONTENT_TYPE: TEXT}}\n" + Self.line + "{{a}}\n" + Self.line + "  {{#b}}\n{{a}}\n  {{/b}}\n"
        #expect(ChunkedTemplate.cuts(Array(source.utf8), pieceBytes: 20)?.header == 25)
        let context: [String: Any] = ["a": "<'&'>", "b": true]
        let chunked = try ChunkedTemplate(string: source, pieceBytes: 20).render(context)
        #expect(chunked.contains("<'&'>"))
        #expect(chunked == (try ChunkedTemplate(string: source, pieceBytes: .max).render(context)))
    }

    @Test func delimitersPartialsAndUnbalancedSectionsParseWhole() {
        #expect(ChunkedTemplate.cuts(Array("{{=<% %>=}}\n<%a%>\n".utf8), pieceBytes: 1) == nil)
        #expect(ChunkedTemplate.cuts(Array("{{>part}}\n".utf8), pieceBytes: 1) == nil)
        #expect(ChunkedTemplate.cuts(Array("{{#a}}\nno end\n".utf8), pieceBytes: 1) == nil)
        #expect(ChunkedTemplate.cuts(Array("{{/a}}\n".utf8), pieceBytes: 1) == nil)
        #expect(ChunkedTemplate.cuts(Array("{{a}}\nb\n".utf8), pieceBytes: 1)?.cuts == [6])
        #expect(ChunkedTemplate.cuts(Array("a\n{{% CONTENT_TYPE: TEXT}}\nb\n".utf8), pieceBytes: 1) == nil)
        #expect(ChunkedTemplate.cuts(Array("{{% CONTENT_TYPE: TEXT}} {{a}}\nb\n".utf8), pieceBytes: 1) == nil)
    }

    @Test func anErrorIsReportedAsForTheWholeTemplate() {
        let source = Self.line + Self.line + "{{#a}}\n{{/b}}\n"
        #expect(ChunkedTemplate.cuts(Array(source.utf8), pieceBytes: 50)?.cuts.count == 2)
        var whole = "", chunked = ""
        do { _ = try ChunkedTemplate(string: source, pieceBytes: .max) } catch { whole = "\(error)" }
        do { _ = try ChunkedTemplate(string: source, pieceBytes: 50) } catch { chunked = "\(error)" }
        #expect(!whole.isEmpty)
        #expect(chunked == whole)
    }
}
