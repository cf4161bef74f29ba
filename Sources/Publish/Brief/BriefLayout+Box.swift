import BriefModel

extension BriefLayout {
    /// The padding inside a box, and the width of its coloured edge.
    static let boxPadding = 12.0, boxEdge = 4.0

    /// The height of a box: its padding and title, its content (its figures drawn shorter with
    /// `shortest`, as any figure may be to finish a page).
    func boxHeight(_ title: String, _ content: [BriefBlock], shortest: Bool) -> Double {
        let pad = Self.boxPadding
        inset = pad + Self.boxEdge / 2
        defer { inset = 0 }
        let titleHeight = canvas.measure(title, font: BriefPage.heading2, wrapWidth: width, markup: true).height
        // A figure is followed by 12 points, which end the box in place of part of its padding.
        let contentHeight = content.reduce(0) { total, block in
            guard case .figure(let id) = block else { return total + blockHeight(block) }
            return total + (figureHeight(id, shortest: shortest) ?? 0) + 12
        }
        return pad + titleHeight + 6 + contentHeight + pad / 2
    }

    /// A numbered box (the reference's Box 7): its title, then its text and figures, on a shaded
    /// ground with a coloured edge, kept on one page. Its figures are drawn at the box's width, so
    /// their text keeps its size; their captions give their titles, the box giving the number.
    func box(_ title: String, _ content: [BriefBlock]) throws {
        closeList()
        drawing = "box"
        defer { lastDrawn = "box" }
        let pad = Self.boxPadding
        // A box taller than a page (never the bundled template's) is drawn open rather than split.
        let shortest = boxHeight(title, content, shortest: true)
        let boxed = shortest <= BriefPage.contentBottom - BriefPage.top
        if boxed { ensure(shortest) }
        let top = y
        let height = min(boxHeight(title, content, shortest: false), BriefPage.contentBottom - top)
        inset = pad + Self.boxEdge / 2
        defer { inset = 0 }
        let titleHeight = canvas.measure(title, font: BriefPage.heading2, wrapWidth: width, markup: true).height
        if boxed {
            canvas.fillRect(x: BriefPage.left, y: top, width: BriefPage.contentWidth, height: height, color: BriefPage.band)
            canvas.fillRect(x: BriefPage.left, y: top, width: Self.boxEdge, height: height, color: BriefPage.accent)
        }
        canvas.beginTag("Div")
        defer { canvas.endTag("Div") }
        y += pad
        canvas.tagged("H3") {
            canvas.text(title, x: left, y: y, font: BriefPage.heading2, color: BriefPage.ink, wrapWidth: width, markup: true)
        }
        canvas.addBookmark(
            title.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: ""), parent: section,
            page: page)
        y += titleHeight + 6
        reserve = boxed ? pad / 2 : 0
        defer { reserve = 0 }
        for block in content { try draw(block) }
        closeList()
        if boxed { y = max(y, top + height) }
        y += 10
    }
}
