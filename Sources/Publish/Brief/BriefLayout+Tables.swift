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
        guard let tables = try tables(name) else {
            let quoted = inputs.language.quoted(BriefContext.escape(name))
            paragraph("<i>" + wording.unknownTable.replacingOccurrences(of: "{name}", with: quoted) + "</i>")
            return
        }
        tables.forEach(draw)
    }

    /// The tables `[table: name]` draws (none when their data is absent); nil for a name no table has.
    private func tables(_ name: String) throws -> [Table]? {
        switch name {
        case "producers": producersTable().map { [$0] } ?? []
        case "quality": qualityTables()
        case "tracker", "first-sightings", "specificity": try monitoringTable(name).map { [$0] } ?? []
        default: nil
        }
    }

    /// The height `[table: name]` takes whole, captions included; nil when it draws nothing.
    func tableHeight(_ name: String) -> Double? {
        guard let tables = try? tables(name), !tables.isEmpty else { return nil }
        return tables.reduce(0) { total, table in
            let caption = wording.caption(table: tableCount + 1, BriefContext.escape(table.caption))
            let geometry = measure(table)
            return total
                + canvas.measure(caption, font: BriefPage.caption, wrapWidth: BriefPage.contentWidth, markup: true)
                .height + 4 + geometry.headerHeight + geometry.rowHeights.reduce(0, +) + 14
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

    /// A `Table` element: its caption, a header row of `TH` cells and rows of `TD` cells. Columns and rows
    /// are measured first (`TableGeometry`); the header repeated on a following page is drawn outside the
    /// structure, so it is read once.
    func draw(_ table: Table) {
        tableCount += 1
        let caption = KeptTogether.markup(
            wording.caption(table: tableCount, BriefContext.escape(table.caption)), language: inputs.language)
        let captionHeight = canvas.measure(caption, font: BriefPage.caption, wrapWidth: BriefPage.contentWidth, markup: true)
            .height
        let geometry = measure(table)
        ensure(captionHeight + 4 + geometry.heightKeptTogether)
        canvas.beginTag("Table")
        defer { canvas.endTag("Table") }
        canvas.tagged("Caption") {
            canvas.text(
                caption, x: BriefPage.left, y: y, font: BriefPage.caption, color: BriefPage.ink,
                wrapWidth: BriefPage.contentWidth, markup: true)
        }
        y += captionHeight + 4
        header(table, geometry, tagged: true)
        // A table carried on to another page says so above its repeated header ("Table 2 (continued)").
        let number = (try? inputs.language.text("numbering.Table", ["n": String(tableCount)])) ?? ""
        let continued = (try? inputs.language.text("brief.table_continued", ["number": number])) ?? ""
        let continuedHeight = canvas.measure(continued, font: BriefPage.small).height + 3
        let breaks = Set(
            geometry.pageBreaks(top: y, pageTop: BriefPage.top + continuedHeight, bottom: BriefPage.contentBottom))
        for (index, row) in table.rows.enumerated() {
            let rowHeight = geometry.rowHeights[index]
            if breaks.contains(index) {
                newPage()
                canvas.text(continued, x: BriefPage.left, y: y, font: BriefPage.small, color: BriefPage.muted)
                y += continuedHeight
                header(table, geometry, tagged: false)
            }
            if index % 2 == 1 {
                canvas.fillRect(x: BriefPage.left, y: y, width: BriefPage.contentWidth, height: rowHeight, color: BriefPage.band)
            }
            canvas.tagged("TR") { cells(row, table, geometry, font: BriefPage.tableText, cell: "TD") }
            y += rowHeight
        }
        canvas.strokeLine(
            from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
        y += 14
    }

    /// One line of table text is 15 points high; a wrapped cell makes its row taller.
    private static let rowHeight = 15.0

    private func measure(_ table: Table) -> TableGeometry {
        func font(_ header: Bool) -> Font { header ? BriefPage.tableHeader : BriefPage.tableText }
        return TableGeometry(
            header: table.columns.map(\.title), rows: table.rows, hints: table.columns.map(\.width),
            width: BriefPage.contentWidth, lineHeight: Self.rowHeight,
            measure: { text, header, wrap in
                let size = canvas.measure(text, font: font(header), wrapWidth: wrap, markup: true)
                return (size.width, size.height)
            },
            longestWord: { text, header in
                text.split(separator: " ").map { canvas.measure(String($0), font: font(header), markup: true).width }
                    .max() ?? 0
            })
    }

    private func header(_ table: Table, _ geometry: TableGeometry, tagged: Bool) {
        let titles = table.columns.map(\.title)
        if tagged {
            canvas.tagged("TR") { cells(titles, table, geometry, font: BriefPage.tableHeader, cell: "TH") }
        } else {
            cells(titles, table, geometry, font: BriefPage.tableHeader, cell: nil)
        }
        y += geometry.headerHeight
        canvas.strokeLine(
            from: (BriefPage.left, y), to: (BriefPage.left + BriefPage.contentWidth, y), color: BriefPage.ink, width: 0.6)
    }

    /// A row's cells, each wrapped to its column and set from the row's top, so a one-line cell sits where
    /// it would in a one-line row.
    private func cells(_ values: [String], _ table: Table, _ geometry: TableGeometry, font: Font, cell: String?) {
        var x = BriefPage.left
        for (index, (value, column)) in zip(values, table.columns).enumerated() {
            let width = geometry.widths[index], inner = width - 2 * TableGeometry.padding
            let anchorX = column.alignment == .right ? x + width - TableGeometry.padding : x + TableGeometry.padding
            let lineHeight = canvas.measure(value, font: font, markup: true).height
            if let cell { canvas.beginTag(cell) }
            canvas.text(
                value, x: anchorX, y: y + (Self.rowHeight - lineHeight) / 2, font: font, color: BriefPage.ink,
                alignment: column.alignment, anchor: .top, wrapWidth: inner, markup: true)
            if let cell { canvas.endTag(cell) }
            x += width
        }
    }

    /// The definition of every figure shown, in plain words, under its number.
    func methodNote() throws {
        // The definitions are running text too: an abbreviation the text before them has not used is
        // spelt out at its first use here (Map 2's "JNIM and its affiliates").
        let firstUse = try FirstUse(inputs.language)
        let before = blocks.prefix { $0 != .method }.map(\.searchableText)
        var pending = firstUse.forms.filter { form in !before.contains { firstUse.spellOut(form, in: $0)?.found == true } }
        for figure in placedFigures {
            let number = wording.numbers[figure.id] ?? figure.brief
            let reference = BriefContext.escape(wording.references[figure.id] ?? "")
            var definition = BriefContext.escape(figure.definition)
            pending = pending.filter { form in
                guard let spelt = firstUse.spellOut(form, in: definition) else { return true }
                definition = spelt.text
                return false
            }
            paragraph(
                KeptTogether.markup(
                    "<b>\(number)\(reference). \(BriefContext.escape(figure.title)).</b> " + definition,
                    language: inputs.language), after: 6)
        }
    }
}
