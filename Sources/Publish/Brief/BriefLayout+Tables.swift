import BriefModel
import Drawing

extension BriefLayout {
    /// A table of exact values; rows that do not fit go on to the next page under a repeated header.
    struct Table {
        var caption: String
        var columns: [(title: String, width: Double, alignment: TextAlignment)]
        var rows: [[String]]
    }

    func table(_ name: String) throws {
        switch name {
        case "producers": if let table = producersTable() { draw(table) }
        case "quality": for table in qualityTables() { draw(table) }
        case "tracker", "first-sightings", "specificity": if let table = try monitoringTable(name) { draw(table) }
        default:
            let quoted = inputs.language.quoted(BriefContext.escape(name))
            paragraph("<i>" + wording.unknownTable.replacingOccurrences(of: "{name}", with: quoted) + "</i>")
        }
    }

    private func producersTable() -> Table? {
        guard let figure = inputs.figure("ammunition-samples-by-country") else { return nil }
        let shares = figure.series(named: "share")!.values, counts = figure.series(named: "samples")!.values
        let numbers = inputs.language.numbers
        let rows = figure.categories.indices.map { i in
            [
                BriefContext.escape(wording.countries[figure.categories[i]] ?? figure.categories[i]),
                numbers.count(Int(counts[i] ?? 0)), shares[i].map { numbers.percent($0, decimals: 1) } ?? "–",
            ]
        }
        let words = wording.producers
        return Table(
            caption: words.caption,
            columns: [(words.country, 0.55, .left), (words.samples, 0.2, .right), (words.share, 0.25, .right)],
            rows: rows)
    }

    private func qualityTables() -> [Table] {
        let numbers = inputs.language.numbers, words = wording.quality
        let widths: [(Double, TextAlignment)] = [
            (0.19, .left), (0.12, .right), (0.14, .right), (0.14, .right),
            (0.13, .right), (0.13, .right), (0.15, .right),
        ]
        let counts = Table(
            caption: words.caption,
            columns: zip(words.columns, widths).map { ($0, $1.0, $1.1) },
            rows: inputs.quality.map { q in
                [
                    export(q.export), numbers.count(q.read), numbers.count(q.accepted), numbers.count(q.collapsed),
                    numbers.count(q.filtered), numbers.count(q.rejected), q.encoding,
                ]
            })
        let rejects = wording.rejects
        let byCode = Table(
            caption: rejects.caption,
            columns: [(rejects.export, 0.3, .left), (rejects.reason, 0.5, .left), (rejects.rows, 0.2, .right)],
            rows: inputs.quality.flatMap { q in
                RejectCode.allCases.compactMap { code in
                    q.rejectedByCode[code].map { [export(q.export), wording.reasons[code] ?? code.rawValue, numbers.count($0)] }
                }
            })
        return byCode.rows.isEmpty ? [counts] : [counts, byCode]
    }

    private func export(_ kind: ExportKind) -> String { wording.exports[kind] ?? kind.rawValue }

    /// A `Table` element: its caption, a header row of `TH` cells and rows of `TD` cells. The header
    /// repeated on a following page is drawn outside the structure, so it is read once.
    func draw(_ table: Table) {
        tableCount += 1
        let rowHeight = 15.0
        let caption = wording.caption(table: tableCount, BriefContext.escape(table.caption))
        let captionHeight = canvas.measure(caption, font: BriefPage.caption, wrapWidth: BriefPage.contentWidth, markup: true)
            .height
        ensure(captionHeight + 4 * rowHeight)
        canvas.beginTag("Table")
        defer { canvas.endTag("Table") }
        canvas.tagged("Caption") {
            canvas.text(
                caption, x: BriefPage.left, y: y, font: BriefPage.caption, color: BriefPage.ink,
                wrapWidth: BriefPage.contentWidth, markup: true)
        }
        y += captionHeight + 4
        header(table, rowHeight: rowHeight, tagged: true)
        for (index, row) in table.rows.enumerated() {
            if y + rowHeight > BriefPage.contentBottom {
                newPage()
                header(table, rowHeight: rowHeight, tagged: false)
            }
            if index % 2 == 1 {
                canvas.fillRect(x: BriefPage.left, y: y, width: BriefPage.contentWidth, height: rowHeight, color: BriefPage.band)
            }
            canvas.tagged("TR") { cells(row, table, font: BriefPage.tableText, rowHeight: rowHeight, cell: "TD") }
            y += rowHeight
        }
        canvas.strokeLine(
            from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
        y += 14
    }

    private func header(_ table: Table, rowHeight: Double, tagged: Bool) {
        if tagged {
            canvas.tagged("TR") {
                cells(table.columns.map(\.title), table, font: BriefPage.tableHeader, rowHeight: rowHeight, cell: "TH")
            }
        } else {
            cells(table.columns.map(\.title), table, font: BriefPage.tableHeader, rowHeight: rowHeight, cell: nil)
        }
        y += rowHeight
        canvas.strokeLine(
            from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
    }

    private func cells(_ values: [String], _ table: Table, font: Font, rowHeight: Double, cell: String?) {
        var x = BriefPage.left
        for (value, column) in zip(values, table.columns) {
            let width = column.width * BriefPage.contentWidth
            let anchorX = column.alignment == .right ? x + width - 4 : x + 4
            if let cell { canvas.beginTag(cell) }
            canvas.text(
                value, x: anchorX, y: y + rowHeight / 2, font: font, color: BriefPage.ink,
                alignment: column.alignment, anchor: .middle, markup: true)
            if let cell { canvas.endTag(cell) }
            x += width
        }
    }

    /// The definition of every figure shown, in plain words, under its number.
    func methodNote() {
        let shown = inputs.figures.filter(\.isAvailable)
        for figure in shown {
            let number = wording.numbers[figure.id] ?? figure.brief
            let reference = BriefContext.escape(wording.references[figure.id] ?? "")
            paragraph(
                "<b>\(number)\(reference). \(BriefContext.escape(figure.title)).</b> "
                    + BriefContext.escape(figure.definition), after: 6)
        }
    }
}
