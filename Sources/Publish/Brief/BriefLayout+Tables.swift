import BriefModel
import Drawing

extension BriefLayout {
    /// A table of exact values; rows that do not fit go on to the next page under a repeated header.
    struct Table {
        var caption: String
        var columns: [(title: String, width: Double, alignment: TextAlignment)]
        var rows: [[String]]
    }

    func table(_ name: String) {
        switch name {
        case "producers": if let table = producersTable() { draw(table) }
        case "quality": for table in qualityTables() { draw(table) }
        case "tracker", "first-sightings", "specificity": if let table = monitoringTable(name) { draw(table) }
        default: paragraph("<i>Unknown table “\(BriefContext.escape(name))” in the template.</i>")
        }
    }

    private func producersTable() -> Table? {
        guard let figure = inputs.figure("ammunition-samples-by-country") else { return nil }
        let shares = figure.series(named: "share")!.values, counts = figure.series(named: "samples")!.values
        let rows = figure.categories.indices.map { i in
            [BriefContext.escape(figure.categories[i]), NumberText.count(Int(counts[i] ?? 0)),
                shares[i].map { NumberText.percent($0, decimals: 1) } ?? "–"]
        }
        return Table(
            caption: "Ammunition samples by producing country, recovered \(inputs.period)",
            columns: [("Producing country", 0.55, .left), ("Samples", 0.2, .right), ("Share", 0.25, .right)],
            rows: rows)
    }

    private func qualityTables() -> [Table] {
        let counts = Table(
            caption: "Rows read and what became of them, per export",
            columns: [("Export", 0.19, .left), ("Read", 0.12, .right), ("Accepted", 0.14, .right),
                ("Collapsed", 0.14, .right), ("Filtered", 0.13, .right), ("Rejected", 0.13, .right),
                ("Encoding", 0.15, .right)],
            rows: inputs.quality.map { q in
                [q.export.rawValue, NumberText.count(q.read), NumberText.count(q.accepted), NumberText.count(q.collapsed),
                    NumberText.count(q.filtered), NumberText.count(q.rejected), q.encoding]
            })
        let byCode = Table(
            caption: "Rejected rows by reason (each row counted once, under its first fault)",
            columns: [("Export", 0.3, .left), ("Reason", 0.5, .left), ("Rows", 0.2, .right)],
            rows: inputs.quality.flatMap { q in
                RejectCode.allCases.compactMap { code in
                    q.rejectedByCode[code].map { [q.export.rawValue, code.rawValue, NumberText.count($0)] }
                }
            })
        return byCode.rows.isEmpty ? [counts] : [counts, byCode]
    }

    func draw(_ table: Table) {
        tableCount += 1
        let rowHeight = 15.0
        let caption = "Table \(tableCount). " + table.caption
        let captionHeight = canvas.measure(caption, font: BriefPage.caption, wrapWidth: BriefPage.contentWidth, markup: true).height
        ensure(captionHeight + 4 * rowHeight)
        canvas.text(caption, x: BriefPage.left, y: y, font: BriefPage.caption, color: BriefPage.ink,
            wrapWidth: BriefPage.contentWidth, markup: true)
        y += captionHeight + 4
        header(table, rowHeight: rowHeight)
        for (index, row) in table.rows.enumerated() {
            if y + rowHeight > BriefPage.contentBottom {
                newPage()
                header(table, rowHeight: rowHeight)
            }
            if index % 2 == 1 {
                canvas.fillRect(x: BriefPage.left, y: y, width: BriefPage.contentWidth, height: rowHeight, color: BriefPage.band)
            }
            cells(row, table, font: BriefPage.tableText, rowHeight: rowHeight)
            y += rowHeight
        }
        canvas.strokeLine(from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
        y += 14
    }

    private func header(_ table: Table, rowHeight: Double) {
        cells(table.columns.map(\.title), table, font: BriefPage.tableHeader, rowHeight: rowHeight)
        y += rowHeight
        canvas.strokeLine(from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
    }

    private func cells(_ values: [String], _ table: Table, font: Font, rowHeight: Double) {
        var x = BriefPage.left
        for (value, column) in zip(values, table.columns) {
            let width = column.width * BriefPage.contentWidth
            let anchorX = column.alignment == .right ? x + width - 4 : x + 4
            canvas.text(value, x: anchorX, y: y + rowHeight / 2, font: font, color: BriefPage.ink,
                alignment: column.alignment, anchor: .middle, markup: true)
            x += width
        }
    }

    /// The definition of every figure shown, in plain words, under its number.
    func methodNote() {
        let shown = inputs.figures.filter(\.isAvailable)
        for figure in shown {
            let reference = figure.reference == figure.brief
                ? "" : " (\(BriefContext.escape(figure.reference)) of the reference brief)"
            paragraph("<b>\(figure.brief)\(reference). \(BriefContext.escape(figure.title)).</b> "
                + BriefContext.escape(figure.definition), after: 6)
        }
    }
}
