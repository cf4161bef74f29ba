import Foundation
import Testing

/// Both editions are tagged PDFs a screen reader can follow: pdfinfo says tagged, the catalog names
/// the language, and the structure tree, walked from qpdf's JSON, gives the headings, paragraphs,
/// lists, tables with header cells and figures with their text alternatives in the order a reader
/// sees them on the page.
@Suite("Tagged, accessible PDFs", .serialized)
struct TaggedPDFTests {
    @Test("the brief is tagged, with its language, headings, paragraphs, lists, tables and figures", arguments: ["en", "fr"])
    func briefStructure(_ language: String) throws {
        let brief = try BuiltBrief(.demo, language: language)
        let path = brief.runner.path("report/brief.pdf")
        let info = try ExternalTool.run("pdfinfo", [path])
        #expect(info.output.contains("Tagged:          yes"))
        #expect(try ExternalTool.run("qpdf", ["--check", path]).status == 0)
        let tree = try StructureTree(pdf: path)
        #expect(tree.language == language && tree.marked)
        #expect(tree.elements.first?.type == "Document" && tree.elements.filter { $0.depth == 0 }.count == 1)
        #expect(tree.count("H1") == 1 && tree.count("H2") >= 6 && tree.count("H3") >= 2 && tree.count("P") >= 30)
        #expect(tree.count("L") >= 1 && tree.count("LI") == tree.count("Lbl") && tree.count("LI") == tree.count("LBody"))
        // Quality (counts, reasons), and the monitoring section's tracker, first sightings and specificity.
        #expect(tree.count("Table") == 5 && tree.count("Caption") == 5 && tree.count("TH") == 7 + 3 + 5 + 4 + 5)
        // Every leaf holds content of its own: nothing a reader would land on is empty.
        let leaves = tree.elements.filter { $0.children == 0 }
        let empty = leaves.filter { !$0.hasContent }.map(\.type)
        #expect(empty.isEmpty, "empty elements: \(empty)")
        // Each table's first row is its header row.
        for (i, element) in tree.elements.enumerated() where element.type == "Table" {
            let row = tree.elements[(i + 1)...].first { $0.type == "TR" }
            let firstCell = tree.elements[(i + 1)...].first { $0.type == "TH" || $0.type == "TD" }
            #expect(row != nil && firstCell?.type == "TH")
        }
        // Every chart is a figure with a text alternative that states its numbers.
        let figures = tree.elements.filter { $0.type == "Figure" }
        #expect(figures.count == 18, "15 charts (Figure 9d, which repeats Table 3, left out) and 3 maps")
        #expect(figures.allSatisfy { ($0.alternative?.count ?? 0) > 80 })
        // Reading order: the headings and figures come in the order of the bookmarks, which follow the
        // pages, and each figure's alternative opens with the title its bookmark names.
        let sequence = tree.elements.filter { ["H2", "H3", "Figure"].contains($0.type) }
        #expect(sequence.count == tree.outline.count)
        for (element, mark) in zip(sequence, tree.outline) {
            switch element.type {
            case "H2": #expect(mark.level == 1, "\(mark.title)")
            // A subsection, or a box's title ("Box 7. Remote-controlled IEDs"); never a figure's caption.
            case "H3": #expect(mark.level == 2 && !mark.title.contains(/^(Figure|Map|Carte) \d/), "\(mark.title)")
            default:
                let title = mark.title.replacing(/^(Figure|Box|Encadré|Map|Carte) \d+[a-z]?\.\s/, with: "")
                #expect(element.alternative?.hasPrefix(title + ".") == true, "\(mark.title) / \(element.alternative ?? "")")
            }
        }
        // pdftotext reads the sections in the same order (each looked for after the one before: the
        // contents lists them all on the page after the cover).
        var cursor = brief.text.startIndex
        for mark in tree.outline where mark.level == 1 {
            let found = brief.text.range(of: mark.title, range: cursor..<brief.text.endIndex)
            #expect(found != nil, "\(mark.title) is not after the section before it")
            cursor = found?.upperBound ?? cursor
        }
    }

    @Test("a chart PDF is a tagged figure with its title and description as metadata", arguments: ["en", "fr"])
    func chartStructure(_ language: String) throws {
        let brief = try BuiltBrief(.demo, language: language)
        let path = brief.runner.path("report/pdf/attacks-per-year.pdf")
        let info = try ExternalTool.run("pdfinfo", [path]).output
        #expect(info.contains("Tagged:          yes"))
        let title = try #require(try brief.figures()["attacks-per-year"]?["title"] as? String)
        #expect(info.contains("Title:           \(title)"))
        #expect(info.contains("Subject:         \(title). "))
        let tree = try StructureTree(pdf: path)
        #expect(tree.language == language)
        #expect(tree.elements.map(\.type) == ["Document", "Figure"])
        #expect(tree.elements[1].alternative?.hasPrefix(title + ". ") == true)
        #expect(try ExternalTool.run("qpdf", ["--check", path]).status == 0)
    }
}
