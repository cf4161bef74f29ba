import BriefModel
import Drawing
import Foundation
import Render

/// Lays the brief's blocks out on A4 pages: a cover, then text, figures and tables flowing down
/// the pages, with page numbers, bookmarks for sections and figures, and figures numbered in order.
final class BriefLayout {
    let canvas = Canvas(format: .pdf, width: BriefPage.width, height: BriefPage.height)
    let inputs: BriefInputs
    var y = BriefPage.top
    var page = 1
    var section: Int32 = 0
    var figureNumbers: [String: Int] = [:]
    var tableCount = 0

    init(inputs: BriefInputs) { self.inputs = inputs }

    func render(_ blocks: [BriefBlock]) throws -> Data {
        canvas.setMetadata(.init(title: inputs.document.title, author: inputs.document.author,
            subject: inputs.document.subject, date: inputs.pdfDate))
        // The cover is everything before the first heading; its stray paragraphs are kept, not lost.
        let firstHeading = blocks.firstIndex { if case .heading = $0 { true } else { false } } ?? blocks.endIndex
        drawCover(Array(blocks[..<firstHeading]))
        for block in blocks[firstHeading...] { try draw(block) }
        footer()
        guard canvas.missingGlyphs == 0 else {
            throw RenderError.missingGlyphs(chart: "brief.pdf", texts: canvas.textsWithMissingGlyphs)
        }
        return canvas.finish()
    }

    // MARK: Flow

    /// Starts a new page when `height` does not fit below the current position.
    func ensure(_ height: Double) {
        if y + height > BriefPage.contentBottom { newPage() }
    }

    func newPage() {
        footer()
        canvas.newPage()
        page += 1
        canvas.setPageLabel(String(page - 1))
        y = BriefPage.top
    }

    private func footer() {
        guard page > 1 else { return }
        let baseline = BriefPage.height - BriefPage.bottom + 30
        canvas.strokeLine(from: (BriefPage.left, baseline - 6), to: (BriefPage.width - BriefPage.right, baseline - 6),
            color: BriefPage.rule, width: 0.5)
        canvas.text(BriefContext.escape(inputs.document.title), x: BriefPage.left, y: baseline, font: BriefPage.small,
            color: BriefPage.muted, wrapWidth: BriefPage.contentWidth - 60, markup: true)
        canvas.text(String(page - 1), x: BriefPage.width - BriefPage.right, y: baseline, font: BriefPage.small,
            color: BriefPage.muted, alignment: .right)
    }

    @discardableResult
    func paragraph(_ text: String, font: Font = BriefPage.body, indent: Double = 0, color: Color = BriefPage.ink,
        after: Double = 8) -> Double
    {
        let width = BriefPage.contentWidth - indent
        let size = canvas.measure(text, font: font, wrapWidth: width, markup: true)
        ensure(size.height)
        canvas.text(text, x: BriefPage.left + indent, y: y, font: font, color: color, wrapWidth: width, markup: true)
        y += size.height + after
        return size.height
    }

    // MARK: Blocks

    func draw(_ block: BriefBlock) throws {
        switch block {
        case .heading(let text, let level): heading(text, level: level)
        case .paragraph(let text): paragraph(text)
        case .bullet(let text):
            let size = canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 16, markup: true)
            ensure(size.height)
            canvas.text("•", x: BriefPage.left + 3, y: y, font: BriefPage.body, color: BriefPage.accent)
            paragraph(text, indent: 16, after: 5)
        case .callout(let text): callout(text, color: BriefPage.accent)
        case .figure(let id): figure(id)
        case .table(let name): table(name)
        case .method: methodNote()
        case .changes:
            for line in inputs.changes?.summaryLines() ?? [] {
                let text = BriefContext.escape(line.trimmingCharacters(in: .whitespaces))
                try draw(line.hasPrefix("  ") ? .bullet(text) : .paragraph(text))
            }
        case .pageBreak: if y > BriefPage.top { newPage() }
        case .coverTitle, .coverSubtitle, .coverMeta, .coverNotice: paragraph(block.coverText)
        }
    }

    private func heading(_ text: String, level: Int) {
        let font = level == 1 ? BriefPage.heading1 : BriefPage.heading2
        let size = canvas.measure(text, font: font, wrapWidth: BriefPage.contentWidth, markup: true)
        // Keep a heading with the start of what follows it.
        ensure(size.height + 80)
        if y > BriefPage.top { y += level == 1 ? 10 : 4 }
        canvas.text(text, x: BriefPage.left, y: y, font: font, color: level == 1 ? BriefPage.accent : BriefPage.ink,
            wrapWidth: BriefPage.contentWidth, markup: true)
        let plain = text.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        if level == 1 {
            section = canvas.addBookmark(plain, page: page)
        } else {
            canvas.addBookmark(plain, parent: section, page: page)
        }
        y += size.height + (level == 1 ? 8 : 5)
    }

    func callout(_ text: String, color: Color) {
        let pad = 10.0
        let size = canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 2 * pad - 4, markup: true)
        ensure(size.height + 2 * pad)
        canvas.fillRect(x: BriefPage.left, y: y, width: BriefPage.contentWidth, height: size.height + 2 * pad,
            color: BriefPage.band)
        canvas.fillRect(x: BriefPage.left, y: y, width: 4, height: size.height + 2 * pad, color: color)
        canvas.text(text, x: BriefPage.left + pad + 4, y: y + pad, font: BriefPage.body, color: BriefPage.ink,
            wrapWidth: BriefPage.contentWidth - 2 * pad - 4, markup: true)
        y += size.height + 2 * pad + 10
    }

    private func figure(_ id: String) {
        guard let figure = inputs.figure(id) else { return }
        let number = figureNumbers[id] ?? (figureNumbers.count + 1)
        figureNumbers[id] = number
        let caption = "Figure \(number). " + BriefContext.escape(figure.title)
        let scale = BriefPage.contentWidth / ChartPainter.size.width
        let chartHeight = ChartPainter.size.height * scale
        let captionHeight = canvas.measure(caption, font: BriefPage.caption, wrapWidth: BriefPage.contentWidth, markup: true).height
        ensure(captionHeight + 4 + chartHeight)
        canvas.addBookmark("Figure \(number). \(figure.title)", parent: section, page: page)
        canvas.text(caption, x: BriefPage.left, y: y, font: BriefPage.caption, color: BriefPage.ink,
            wrapWidth: BriefPage.contentWidth, markup: true)
        y += captionHeight + 2
        canvas.withTransform(x: BriefPage.left, y: y, scale: scale) {
            ChartPainter.draw(figure.chart, on: canvas, showTitle: false)
        }
        y += chartHeight + 12
    }
}

extension BriefBlock {
    var isCover: Bool {
        switch self {
        case .coverTitle, .coverSubtitle, .coverMeta, .coverNotice: true
        default: false
        }
    }

    var coverText: String {
        switch self {
        case .coverTitle(let t), .coverSubtitle(let t), .coverMeta(let t), .coverNotice(let t): t
        default: ""
        }
    }
}
