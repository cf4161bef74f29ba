import BriefModel

/// The data table and figures.json entry of computed figures, as outputs.md lays them out.
public enum FigureTables {
    /// `data/<figure-id>.csv`: the category axis first, then one column per series.
    public static func csv(_ figure: FigureResult) -> String {
        guard figure.isAvailable else {
            return CSVWriter.table(
                header: [figure.axis.rawValue, "unavailable"],
                rows: [["", figure.unavailableReason ?? ""]])
        }
        let rows = figure.categories.enumerated().map { i, category in
            [category] + figure.series.map { cell($0, i) }
        }
        return CSVWriter.table(header: [figure.axis.rawValue] + figure.series.map(\.name), rows: rows)
    }

    static func cell(_ series: Series, _ i: Int) -> String {
        guard let value = series.values[i] else { return "" }
        switch series.kind {
        case .count: return String(Int(value))
        case .share: return String(format4: value)
        case .decimal: return String((value * 100).rounded() / 100)
        }
    }

    public static func json(_ figure: FigureResult) -> JSONValue { FigureEntry(figure).json }

    /// The whole `figures.json`.
    public static func document(
        _ figures: [FigureResult], period: Period, headline: [(String, JSONValue)], coverage: [ExportQuality]
    ) -> String {
        document(figures.map(FigureEntry.init), period: period, headline: headline, coverage: coverageJSON(coverage))
    }

    /// Each export's coverage, null for one with no accepted record.
    static func coverageJSON(_ quality: [ExportQuality]) -> [(String, JSONValue)] {
        quality.map { ($0.export.rawValue, $0.coverage.map(\.json) ?? .null) }
    }

    static func document(
        _ entries: [FigureEntry], period: Period, headline: [(String, JSONValue)],
        coverage: [(String, JSONValue)]
    ) -> String {
        JSONValue.object([
            ("period", .object([("from", .int(period.from)), ("to", .int(period.to))])),
            ("coverage", .object(coverage)),
            ("figures", .array(entries.map(\.json))),
            ("headline", .object(headline)),
        ]).text() + "\n"
    }
}
