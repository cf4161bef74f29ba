/// Integer tables with given row and column totals, close to proportional: used to split each
/// year's attacks on MINUSMA into types so that both the yearly and the per-type totals are exact.
enum Margins {
    static func table(rows: [Int], columns: [Int]) -> [[Int]] {
        precondition(rows.reduce(0, +) == columns.reduce(0, +), "row and column totals differ")
        let total = Double(max(rows.reduce(0, +), 1))
        let exact = rows.map { row in columns.map { Double(row) * Double($0) / total } }
        // Floors never exceed a margin; the remainders go to the cells with the largest fractions.
        var cells = exact.map { $0.map { Int($0.rounded(.down)) } }
        var rowNeed = rows.indices.map { rows[$0] - cells[$0].reduce(0, +) }
        var columnNeed = columns.indices.map { c in columns[c] - cells.reduce(0) { $0 + $1[c] } }
        func remainder(_ cell: (Int, Int)) -> Double { exact[cell.0][cell.1] - Double(cells[cell.0][cell.1]) }
        let all: [(Int, Int)] = rows.indices.flatMap { r in columns.indices.map { (r, $0) } }
        let byFraction = all.sorted { remainder($0) > remainder($1) }
        for (r, c) in byFraction where rowNeed[r] > 0 && columnNeed[c] > 0 {
            cells[r][c] += 1
            rowNeed[r] -= 1
            columnNeed[c] -= 1
        }
        for r in rows.indices {
            for c in columns.indices where rowNeed[r] > 0 && columnNeed[c] > 0 {
                let n = min(rowNeed[r], columnNeed[c])
                cells[r][c] += n
                rowNeed[r] -= n
                columnNeed[c] -= n
            }
        }
        return cells
    }
}
