import BriefModel

extension BriefLayout {
    /// Draws the blocks in order, by the rules of a published page: a heading stays with the start
    /// of what follows it (never stranded at a page foot); a figure that does not fit the rest of a
    /// page floats to the top of the next, and what follows it moves up to fill the page, as floats
    /// do in print. What may move up: text, a whole table, a subsection's heading with the text it
    /// opens, and a figure of another series (a chart before a map that did not fit, a map before a
    /// chart, either before a box), so that Figures, Maps and Boxes each stay in their own order.
    /// Nothing passes a section's heading, a table or a figure of the same series. A caption always
    /// stays with its chart.
    func flow(_ blocks: [BriefBlock]) throws {
        var pending = blocks[...]
        while let block = pending.popFirst() {
            if case .box(let title) = block {
                var content: [BriefBlock] = []
                while let next = pending.popFirst(), next != .boxEnd { content.append(next) }
                if y + boxHeight(title, content, shortest: true) > bottom { try moveUp(&pending) { _ in true } }
                try box(title, content)
                continue
            }
            switch block {
            case .heading:
                keepWithNext = startHeight(of: pending.first)
            case .figure(let id):
                if let height = figureHeight(id, shortest: true), y + height > BriefPage.contentBottom {
                    try moveUp(&pending) { other in isMap(other) != isMap(id) }
                }
            default: break
            }
            try draw(block)
            movableTextHeight = nil
        }
    }

    /// Draws the blocks after a float that did not fit (a figure or a box) that may pass it and fit
    /// the page; `passes` tells which figures may (those of another series). Records the height of
    /// the first that could have moved but did not fit, for the layout tests.
    private func moveUp(_ pending: inout ArraySlice<BriefBlock>, passes: (String) -> Bool) throws {
        while let next = pending.first {
            let group = movableGroup(pending, passes: passes)
            guard !group.isEmpty else { break }
            // A figure moving up may be drawn shorter to finish the page, as any figure may.
            let height = group.reduce(0) { total, block in
                if case .figure(let other) = block { return total + (figureHeight(other, shortest: true) ?? 0) }
                return total + blockHeight(block)
            }
            guard y + height <= BriefPage.contentBottom else {
                movableTextHeight = next.isMovableText ? height : nil
                return
            }
            if case .heading = next { keepWithNext = startHeight(of: group.dropFirst().first) }
            for block in group { try draw(block) }
            pending.removeFirst(group.count)
        }
        movableTextHeight = nil
    }

    /// The blocks at the head of `pending` that may move up together past a float: one text block,
    /// a table (numbered apart from figures) whole, one figure that `passes`, or a subsection's heading
    /// with the text after it.
    private func movableGroup(_ pending: ArraySlice<BriefBlock>, passes: (String) -> Bool) -> [BriefBlock] {
        guard let next = pending.first else { return [] }
        switch next {
        case .paragraph, .bullet: return [next]
        case .figure(let other): return passes(other) && figureHeight(other) != nil ? [next] : []
        case .table(let name): return tableHeight(name) != nil ? [next] : []
        case .heading(_, level: 2):
            let after = pending.dropFirst().first
            return after?.isMovableText == true ? [next, after!] : []
        default: return []
        }
    }

    /// The height a block needs on the page where it starts (paragraphs are never split).
    func blockHeight(_ block: BriefBlock) -> Double {
        switch block {
        case .paragraph(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: width, markup: true).height + 8
        case .callout(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: BriefPage.contentWidth - 24, markup: true).height + 30
        case .bullet(let text):
            canvas.measure(text, font: BriefPage.body, wrapWidth: width - 16, markup: true).height + 5
        case .figure(let id): figureHeight(id) ?? 0
        case .table(let name): tableHeight(name) ?? 0
        case .heading(let text, let level): headingHeight(text, level: level)
        default: 40
        }
    }

    private func startHeight(of block: BriefBlock?) -> Double {
        guard let block else { return 0 }
        switch block {
        case .table: return 80
        case .figure(let id): return figureHeight(id, shortest: true) ?? 40
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
