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
            case .citation, .disclaimer, .abbreviations, .contents: continue
            default:
                // A template error on the cover is the template's to report, like anywhere else.
                try draw(block)
            }
        }
        newPage()
        try drawImprint(blocks)
    }

    /// The page after the cover, when the template asks for it: the abbreviations the brief uses at
    /// the top; how to cite it and the UN designations notice at the foot.
    private func drawImprint(_ blocks: [BriefBlock]) throws {
        let imprint = blocks.filter { $0.kind == "imprint" }
        guard !imprint.isEmpty else { return }
        inFrontMatter = true
        defer { inFrontMatter = false }
        if imprint.contains(.contents) { try contentsList() }
        if imprint.contains(.abbreviations) { try abbreviationList() }
        let notes = imprint.compactMap { block -> String? in
            switch block {
            case .citation(let text), .disclaimer(let text): text
            default: nil
            }
        }
        let height = notes.reduce(0.0) { total, text in
            total + canvas.measure(text, font: BriefPage.small, wrapWidth: BriefPage.contentWidth, markup: true).height + 10
        }
        y = max(y + 24, BriefPage.contentBottom - height)
        for text in notes { paragraph(text, font: BriefPage.small, color: BriefPage.muted, after: 10) }
        newPage()
    }

    /// The sections and the pages they start on (a first layout's, `contentsPages`; placeholders on
    /// that first layout, which only counts pages), tagged as a table of contents.
    func contentsList() throws {
        let titles = blocks.compactMap { block -> String? in
            guard case .heading(let text, level: 1) = block else { return nil }
            return text.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        }
        guard !titles.isEmpty else { return }
        heading(try inputs.language.text("brief.contents"), level: 1)
        canvas.beginTag("TOC")
        for (index, title) in titles.enumerated() {
            let page = contentsPages.flatMap { $0.indices.contains(index) ? String($0[index].page) : nil } ?? ""
            let text = BriefContext.escape(title)
            let size = canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 40, markup: true)
            ensure(size.height)
            canvas.tagged("TOCI") {
                canvas.tagged("Reference") {
                    canvas.text(
                        text, x: BriefPage.left, y: y, font: BriefPage.body, color: BriefPage.ink,
                        wrapWidth: BriefPage.contentWidth - 40, markup: true)
                    if !page.isEmpty {
                        canvas.text(
                            page, x: BriefPage.width - BriefPage.right, y: y, font: BriefPage.body, color: BriefPage.ink,
                            alignment: .right)
                    }
                }
            }
            y += size.height + 4
        }
        canvas.endTag("TOC")
        y += 16
    }

    /// The abbreviations the brief uses, in two columns: the short form in bold, then its expansion.
    /// Tagged as a list whose labels are the short forms (tagged PDF has no definition list).
    func abbreviationList() throws {
        let used = try BriefAbbreviations.used(
            in: BriefAbbreviations.texts(blocks, wording: wording, figures: placedFigures), language: inputs.language)
        guard !used.isEmpty else { return }
        heading(try inputs.language.text("brief.abbreviations"), level: 1)
        canvas.beginTag("L")
        for entry in used {
            let long = BriefContext.escape(entry.long)
            let size = canvas.measure(long, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 80, markup: true)
            ensure(size.height)
            canvas.tagged("LI") {
                canvas.tagged("Lbl") {
                    canvas.text(
                        "<b>\(BriefContext.escape(entry.short))</b>", x: BriefPage.left, y: y, font: BriefPage.body,
                        color: BriefPage.ink, markup: true)
                }
                canvas.tagged("LBody") {
                    canvas.text(
                        long, x: BriefPage.left + 80, y: y, font: BriefPage.body, color: BriefPage.ink,
                        wrapWidth: BriefPage.contentWidth - 80, markup: true)
                }
            }
            y += size.height + 4
        }
        canvas.endTag("L")
    }
}
