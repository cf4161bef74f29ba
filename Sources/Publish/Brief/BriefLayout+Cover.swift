import Drawing

extension BriefLayout {
    /// The cover page: title, subtitle, author and date, and the synthetic-data notice when it applies.
    func drawCover(_ blocks: [BriefBlock]) throws {
        canvas.setPageLabel(wording.coverLabel)
        canvas.fillRect(x: 0, y: 0, width: BriefPage.width, height: 14, color: BriefPage.accent)
        y = 200
        for block in blocks {
            switch block {
            case .coverTitle(let text):
                paragraph(text, font: BriefPage.coverTitle, after: 14, tag: "H1")
            case .coverSubtitle(let text):
                paragraph(text, font: BriefPage.coverSubtitle, color: BriefPage.muted, after: 40)
                canvas.fillRect(x: BriefPage.left, y: y - 24, width: 60, height: 3, color: BriefPage.accent)
            case .coverMeta(let text):
                paragraph(text, color: BriefPage.muted, after: 4)
            case .coverNotice(let text):
                y = max(y + 40, 560)
                callout("<b>\(text)</b>", color: BriefPage.warning)
            default:
                // A template error on the cover is the template's to report, like anywhere else.
                try draw(block)
            }
        }
        newPage()
    }
}
