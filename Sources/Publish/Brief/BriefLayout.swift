import BriefModel
import Drawing
import Foundation
import Localization
import Render

/// Lays the brief's blocks out on A4 pages: a cover, then text, figures and tables flowing down
/// the pages, with page numbers, bookmarks for sections and figures, and figures numbered in order.
/// The PDF is tagged: every block is a structure element (headings, paragraphs, lists, tables with
/// header cells, figures with their text alternative) opened in the order it is drawn, which is the
/// order a reader follows; running footers stay outside the structure.
final class BriefLayout {
    let canvas: Canvas
    let inputs: BriefInputs
    let wording: BriefWording
    /// A list (`L`) is open: consecutive bullets are its items.
    var inList = false
    var y = BriefPage.top
    var page = 1
    var section: Int32 = 0
    var tableCount = 0
    /// How each page ended, for the layout tests.
    var pageEnds: [BriefPageEnd] = []
    /// The kind of the last block drawn, and of the block that is being drawn.
    var lastDrawn = "cover", drawing = "cover"
    /// Text after a figure that did not fit, not yet drawn: recorded when a page breaks early.
    var movableTextHeight: Double?
    /// The height of what follows the heading about to be drawn, kept on the same page with it.
    var keepWithNext = 80.0
    /// Every block of the brief, for the abbreviations it uses.
    private(set) var blocks: [BriefBlock] = []
    /// Each section drawn after the front matter, with the page number printed on its first page.
    private(set) var sections: [(title: String, page: Int)] = []
    /// The sections' pages a first layout of the same blocks found, for the contents (nil: not known yet).
    let contentsPages: [(title: String, page: Int)]?
    /// Set while the front matter is drawn: its headings are not sections of the contents.
    var inFrontMatter = false
    /// The monitoring section's tables in the edition's words, once worded (`monitoringTable`).
    var monitoringTables: [MonitoringSummaryTable]?
    /// How far a box's content stands in from each side of the text column (0 outside a box).
    var inset = 0.0
    /// Room kept free at the page's foot: a box's closing padding while its content is drawn.
    var reserve = 0.0
    /// Where content must end on this page.
    var bottom: Double { BriefPage.contentBottom - reserve }
    /// The text column's left edge and width, inside a box when one is being drawn.
    var left: Double { BriefPage.left + inset }
    var width: Double { BriefPage.contentWidth - 2 * inset }

    /// The first of two layouts, which only finds the sections' pages: on a canvas that keeps no
    /// drawing, charts not drawn, only their room kept.
    let countsPagesOnly: Bool

    /// `after`: the layout that counted the pages, whose laid-out text this one draws.
    init(inputs: BriefInputs, after first: BriefLayout? = nil, countsPagesOnly: Bool = false) throws(LanguageError) {
        self.inputs = inputs
        contentsPages = first?.sections
        self.countsPagesOnly = countsPagesOnly
        canvas = Canvas(
            format: countsPagesOnly ? .layoutOnly : .pdf, width: BriefPage.width, height: BriefPage.height,
            sharingTextWith: first?.canvas)
        wording = try BriefWording(inputs)
    }

    func render(_ blocks: [BriefBlock]) throws -> Data {
        let blocks = KeptTogether.blocks(blocks, language: inputs.language)
        self.blocks = blocks
        canvas.setMetadata(
            .init(
                title: inputs.document.title, author: inputs.document.author,
                subject: inputs.document.subject, date: inputs.pdfDate))
        canvas.language = inputs.language.code
        canvas.beginTag("Document")
        // The cover is everything before the first heading; its stray paragraphs are kept, not lost.
        let firstHeading = blocks.firstIndex { if case .heading = $0 { true } else { false } } ?? blocks.endIndex
        try drawCover(Array(blocks[..<firstHeading]))
        try flow(Array(blocks[firstHeading...]))
        closeList()
        canvas.endTag("Document")
        pageEnds.append(BriefPageEnd(page: page, fill: fill, lastBlock: lastDrawn, nextBlock: "end", movableTextHeight: nil))
        footer()
        guard canvas.missingGlyphs == 0 else {
            throw RenderError.missingGlyphs(chart: "brief.pdf", texts: canvas.textsWithMissingGlyphs)
        }
        return canvas.finish()
    }

    // MARK: Flow

    /// Starts a new page when `height` does not fit below the current position.
    func ensure(_ height: Double) {
        if y + height > bottom { newPage() }
    }

    /// How much of the page's content area is used.
    var fill: Double { (y - BriefPage.top) / (BriefPage.contentBottom - BriefPage.top) }

    func newPage() {
        if page > 1 {
            pageEnds.append(
                BriefPageEnd(
                    page: page, fill: fill, lastBlock: lastDrawn, nextBlock: drawing,
                    movableTextHeight: movableTextHeight))
        }
        footer()
        canvas.newPage()
        page += 1
        canvas.setPageLabel(String(page - 1))
        y = BriefPage.top
    }

    private func footer() {
        guard page > 1 else { return }
        let baseline = BriefPage.height - BriefPage.bottom + 30
        canvas.strokeLine(
            from: (BriefPage.left, baseline - 6), to: (BriefPage.width - BriefPage.right, baseline - 6),
            color: BriefPage.rule, width: 0.5)
        canvas.text(
            BriefContext.escape(inputs.document.title), x: BriefPage.left, y: baseline, font: BriefPage.small,
            color: BriefPage.muted, wrapWidth: BriefPage.contentWidth - 60, markup: true)
        canvas.text(
            String(page - 1), x: BriefPage.width - BriefPage.right, y: baseline, font: BriefPage.small,
            color: BriefPage.muted, alignment: .right)
    }

    /// A paragraph of text, tagged `tag` (none when the caller has opened its element already).
    @discardableResult
    func paragraph(
        _ text: String, font: Font = BriefPage.body, indent: Double = 0, color: Color = BriefPage.ink,
        after: Double = 8, tag: String? = "P"
    ) -> Double {
        let width = self.width - indent
        let size = canvas.measure(text, font: font, wrapWidth: width, markup: true)
        ensure(size.height)
        if let tag { canvas.beginTag(tag) }
        canvas.text(text, x: left + indent, y: y, font: font, color: color, wrapWidth: width, markup: true)
        if let tag { canvas.endTag(tag) }
        y += size.height + after
        return size.height
    }

    /// Ends the list the bullets drawn so far belong to.
    func closeList() {
        guard inList else { return }
        canvas.endTag("L")
        inList = false
    }

    // MARK: Blocks

    func draw(_ block: BriefBlock) throws {
        drawing = block.kind
        defer { lastDrawn = block.kind }
        if case .bullet = block {} else { closeList() }
        switch block {
        case .heading(let text, let level): heading(text, level: level)
        case .paragraph(let text): paragraph(text)
        case .bullet(let text):
            let size = canvas.measure(text, font: BriefPage.body, wrapWidth: width - 16, markup: true)
            ensure(size.height)
            if !inList {
                canvas.beginTag("L")
                inList = true
            }
            canvas.tagged("LI") {
                canvas.tagged("Lbl") {
                    canvas.text("•", x: left + 3, y: y, font: BriefPage.body, color: BriefPage.accent)
                }
                canvas.tagged("LBody") { paragraph(text, indent: 16, after: 5, tag: nil) }
            }
        case .callout(let text): callout(text, color: BriefPage.accent)
        case .figure(let id): figure(id)
        case .table(let name): try table(name)
        case .method: try methodNote()
        case .changes:
            for line in try inputs.changes?.summaryLines(
                language: inputs.language, figures: inputs.figures, flow: inputs.monitoring?.flow) ?? []
            {
                let text = BriefContext.escape(line.trimmingCharacters(in: .whitespaces))
                try draw(line.hasPrefix("  ") ? .bullet(text) : .paragraph(text))
            }
        case .pageBreak: if y > BriefPage.top { newPage() }
        case .coverTitle, .coverSubtitle, .coverMeta, .coverNotice, .citation, .disclaimer: paragraph(block.coverText)
        case .abbreviations: try abbreviationList()
        case .contents: try contentsList()
        case .box(let title): try box(title, [])
        case .boxEnd: break
        }
    }

    func headingHeight(_ text: String, level: Int) -> Double {
        let font = level == 1 ? BriefPage.heading1 : BriefPage.heading2
        return canvas.measure(text, font: font, wrapWidth: BriefPage.contentWidth, markup: true).height + (level == 1 ? 18 : 9)
    }

    func heading(_ text: String, level: Int) {
        let font = level == 1 ? BriefPage.heading1 : BriefPage.heading2
        let size = canvas.measure(text, font: font, wrapWidth: BriefPage.contentWidth, markup: true)
        // Keep a heading with the start of what follows it: never stranded at a page foot.
        ensure(headingHeight(text, level: level) + min(keepWithNext, 400))
        if y > BriefPage.top { y += level == 1 ? 10 : 4 }
        // The cover's title is the document's H1; sections are H2 and their subsections H3.
        canvas.tagged("H\(level + 1)") {
            canvas.text(
                text, x: BriefPage.left, y: y, font: font, color: level == 1 ? BriefPage.accent : BriefPage.ink,
                wrapWidth: BriefPage.contentWidth, markup: true)
        }
        let plain = text.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        if level == 1 {
            if !inFrontMatter { sections.append((plain, page - 1)) }
            section = canvas.addBookmark(plain, page: page)
        } else {
            canvas.addBookmark(plain, parent: section, page: page)
        }
        y += size.height + (level == 1 ? 8 : 5)
    }

    func callout(_ text: String, color: Color) {
        defer { canvas.endTag("P") }
        let pad = 10.0
        let size = canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 2 * pad - 4, markup: true)
        ensure(size.height + 2 * pad)
        canvas.fillRect(
            x: BriefPage.left, y: y, width: BriefPage.contentWidth, height: size.height + 2 * pad,
            color: BriefPage.band)
        canvas.fillRect(x: BriefPage.left, y: y, width: 4, height: size.height + 2 * pad, color: color)
        canvas.beginTag("P")
        canvas.text(
            text, x: BriefPage.left + pad + 4, y: y + pad, font: BriefPage.body, color: BriefPage.ink,
            wrapWidth: BriefPage.contentWidth - 2 * pad - 4, markup: true)
        y += size.height + 2 * pad + 10
    }
}

/// How one page of the brief ended: how full it was, what was drawn last on it and what the next
/// page starts with; when it broke early before a figure, the height of the text that could have moved up.
struct BriefPageEnd: Sendable, Equatable {
    var page: Int
    var fill: Double
    var lastBlock: String
    var nextBlock: String
    var movableTextHeight: Double?
}
