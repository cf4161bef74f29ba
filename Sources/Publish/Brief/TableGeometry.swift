/// A table's column widths and row heights, measured from its cells before anything is drawn, and where
/// it breaks across pages.
///
/// Every column gets at least its widest cell when the page allows it; when it does not, the widest
/// columns wrap first, and never below their longest word, so no text crosses into the next cell.
struct TableGeometry: Equatable {
    /// The space kept between a cell's text and each of its sides.
    static let padding = 4.0
    /// The fewest rows left on either side of a page break.
    static let fewestRowsAtBreak = 4

    var widths: [Double]
    var headerHeight: Double
    var rowHeights: [Double]

    /// One cell's size as drawn: unwrapped (`wrapWidth` nil) or wrapped to a width.
    typealias Measure = (_ text: String, _ header: Bool, _ wrapWidth: Double?) -> (width: Double, height: Double)

    /// - Parameters:
    ///   - hints: each column's preferred share of `width`, given up first when the cells need the room.
    ///   - lineHeight: the height of a one-line row; taller cells add to it.
    init(
        header: [String], rows: [[String]], hints: [Double], width: Double, lineHeight: Double,
        measure: Measure, longestWord: (_ text: String, _ header: Bool) -> Double
    ) {
        let cells = [(header, true)] + rows.map { ($0, false) }
        let pad = 2 * Self.padding
        let natural = header.indices.map { c in cells.map { measure($0.0[c], $0.1, nil).width }.max()! + pad }
        let shortest = header.indices.map { c in cells.map { longestWord($0.0[c], $0.1) }.max()! + pad }
        widths = Self.fit(natural: natural, shortest: shortest, hints: hints.map { $0 * width }, width: width)
        let widths = widths
        func height(_ row: [String], header: Bool) -> Double {
            let tallest = row.indices.map { measure(row[$0], header, widths[$0] - pad).height }.max() ?? 0
            let oneLine = row.indices.map { measure(row[$0], header, nil).height }.max() ?? 0
            return lineHeight + max(0, tallest - oneLine)
        }
        headerHeight = height(header, header: true)
        rowHeights = rows.map { height($0, header: false) }
    }

    /// Widths that add up to `width`: the hints where the cells fit in them, then the cells' natural widths,
    /// then the widest columns capped (wrapped) until the table fits, none below its longest word.
    static func fit(natural: [Double], shortest: [Double], hints: [Double], width: Double) -> [Double] {
        let desired = zip(natural, hints).map { max($0, $1) }
        let excess = desired.reduce(0, +) - width
        if excess <= 0 {
            // Room to spare (hints that add up to less than the width): shared in proportion.
            return desired.map { $0 + (-excess) * $0 / desired.reduce(0, +) }
        }
        let slack = zip(desired, natural).map { $0 - $1 }, totalSlack = slack.reduce(0, +)
        if totalSlack >= excess {
            return zip(desired, slack).map { $0 - $1 * excess / totalSlack }
        }
        // Wrap: the widest columns give way down to one cap, found by halving.
        let floor = zip(natural, shortest).map { min($0, $1) }
        func total(_ cap: Double) -> Double { zip(natural, floor).map { max($1, min($0, cap)) }.reduce(0, +) }
        guard total(0) < width else { return floor.map { $0 * width / floor.reduce(0, +) } }
        var low = 0.0, high = natural.max()!
        for _ in 0..<50 {
            let middle = (low + high) / 2
            if total(middle) > width { high = middle } else { low = middle }
        }
        let capped = zip(natural, floor).map { max($1, min($0, low)) }
        let left = width - capped.reduce(0, +)
        return capped.map { $0 + left * $0 / capped.reduce(0, +) }
    }

    /// The rows that start a new page, for a table whose first row is drawn at `top` on a page that ends at
    /// `bottom` and whose following pages start at `pageTop` (under the repeated header). A break leaves at
    /// least `fewestRowsAtBreak` rows on each side whenever the table is long enough for that.
    func pageBreaks(top: Double, pageTop: Double, bottom: Double) -> [Int] {
        let fewest = Self.fewestRowsAtBreak, count = rowHeights.count
        var breaks: [Int] = [], y = top, pageStart = 0
        var index = 0
        while index < count {
            if y + rowHeights[index] > bottom, index > pageStart {
                var at = index
                // Too few rows would follow: bring the break back, unless that leaves too few before it.
                if count - at < fewest, count - fewest >= pageStart + fewest { at = count - fewest }
                breaks.append(at)
                pageStart = at
                y = pageTop + headerHeight
                index = at
                continue
            }
            y += rowHeights[index]
            index += 1
        }
        return breaks
    }

    /// The height from the caption's foot to where the table may first break: the header and the rows that
    /// must stay with it (all of them when the table is too short to break).
    var heightKeptTogether: Double {
        let count = rowHeights.count, fewest = Self.fewestRowsAtBreak
        let kept = count < 2 * fewest ? count : fewest
        return headerHeight + rowHeights.prefix(kept).reduce(0, +)
    }
}
