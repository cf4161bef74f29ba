import BriefModel

/// The data table and figures.json entry of computed figures, as outputs.md lays them out.
public enum FigureTables {
    /// `data/<figure-id>.csv`: the category axis first, then one column per series.
    public static func csv(_ figure: FigureResult) -> String {
        guard figure.isAvailable else {
            return CSVWriter.table(header: [figure.axis.rawValue, "unavailable"],
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
        }
    }

    public static func json(_ figure: FigureResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(figure.id)), ("title", .string(figure.title)), ("brief", .string(figure.brief)),
            ("reference", .string(figure.reference)),
            ("axis", .string(figure.axis.rawValue)), ("unit", .string(figure.unit)),
            ("available", .bool(figure.isAvailable)),
        ]
        if let reason = figure.unavailableReason { pairs.append(("reason", .string(reason))) }
        pairs.append(("categories", .array(figure.categories.map(JSONValue.string))))
        pairs.append(("series", .array(figure.series.map { series in
            .object([
                ("name", .string(series.name)),
                ("values", .array(series.values.map { value in
                    guard let value else { return .null }
                    return series.kind == .count ? .int(Int(value)) : .fraction(value)
                })),
            ])
        })))
        return .object(pairs)
    }

    /// The whole `figures.json`.
    public static func document(_ figures: [FigureResult], period: Period, headline: [(String, JSONValue)]) -> String {
        JSONValue.object([
            ("period", .object([("from", .int(period.from)), ("to", .int(period.to))])),
            ("figures", .array(figures.map(json))),
            ("headline", .object(headline)),
        ]).text() + "\n"
    }
}
