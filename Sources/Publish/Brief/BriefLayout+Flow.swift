import BriefModel

extension BriefLayout {
    /// Draws the blocks in order, by two rules of a published page: a heading stays with the start
    /// of what follows it (never stranded at a page foot), and a figure that does not fit the rest of
    /// a page lets the text after it move up to fill that page, as a float does, so that no page is
    /// left largely empty while text could have filled it. A caption always stays with its chart.
    func flow(_ blocks: [BriefBlock]) throws {
        var pending = blocks[...]
        while let block = pending.popFirst() {
            switch block {
            case .heading:
                keepWithNext = startHeight(of: pending.first)
            case .figure(let id):
                if let height = figureHeight(id), y + height > BriefPage.contentBottom {
                    while let next = pending.first, next.isMovableText, blockHeight(next) <= BriefPage.contentBottom - y {
                        try draw(pending.removeFirst())
                    }
                    movableTextHeight = pending.first.flatMap { $0.isMovableText ? blockHeight($0) : nil }
                }
            default: break
            }
            try draw(block)
            movableTextHeight = nil
        }
    }

    /// The height a block needs on the page where it starts (paragraphs are never split).
    func blockHeight(_ block: BriefBlock) -> Double {
        switch block {
        case .paragraph(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth, markup: true).height + 8
        case .callout(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 24, markup: true).height + 30
        case .bullet(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 16, markup: true).height + 5
        case .figure(let id): figureHeight(id) ?? 0
        case .heading(let text, let level): headingHeight(text, level: level)
        default: 40
        }
    }

    private func startHeight(of block: BriefBlock?) -> Double {
        guard let block else { return 0 }
        switch block {
        case .table: return 80
        case .figure(let id) where figureHeight(id) == nil: return 40
        default: return blockHeight(block)
        }
    }
}

extension BriefBlock {
    /// Text that may move up before a figure that did not fit.
    var isMovableText: Bool {
        switch self {
        case .paragraph, .bullet: true
        default: false
        }
    }
}
