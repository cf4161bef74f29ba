import BriefModel

/// One figure of figures.json, as written and as read back: `--only` keeps the entries of the
/// figures it does not redraw by reading them into this type and writing them with the same code
/// as a full build, so their keys, order and types never change.
public struct FigureEntry: Decodable, Sendable {
    public struct SeriesEntry: Decodable, Sendable {
        public var name: String
        public var values: [Double?]
        /// Counts are written as integers; fractions as up to six decimals. Read back, every number
        /// is a fraction, whose text for a whole number is the integer's (`JSONValue.fraction`).
        var isCount = false

        enum CodingKeys: String, CodingKey { case name, values }
    }

    /// A partial year's covered span: `from` when the data starts late, `to` when it ends early.
    public struct PartialSpan: Decodable, Sendable {
        public var from: String?
        public var to: String?
    }

    public var id: String
    public var title: String
    public var brief: String
    public var reference: String
    public var axis: String
    public var unit: String
    public var available: Bool
    public var reason: String?
    public var categories: [String]
    public var series: [SeriesEntry]
    /// Years the figure's inputs cover in part (public-data.md, "What the data covers").
    public var partialYears: [String: PartialSpan]?

    enum CodingKeys: String, CodingKey {
        case id, title, brief, reference, axis, unit, available, reason, categories, series
        case partialYears = "partial_years"
    }

    public init(_ figure: FigureResult) {
        id = figure.id
        title = figure.title
        brief = figure.brief
        reference = figure.reference
        axis = figure.axis.rawValue
        unit = figure.unit
        available = figure.isAvailable
        reason = figure.unavailableReason
        categories = figure.categories
        series = figure.series.map { SeriesEntry(name: $0.name, values: $0.values, isCount: $0.kind == .count) }
        let partial = figure.partialYears.compactMapValues { coverage -> PartialSpan? in
            guard case .partial(let from, let to) = coverage else { return nil }
            return PartialSpan(from: from?.description, to: to?.description)
        }
        partialYears = partial.isEmpty ? nil : partial
    }

    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(id)), ("title", .string(title)), ("brief", .string(brief)), ("reference", .string(reference)),
            ("axis", .string(axis)), ("unit", .string(unit)), ("available", .bool(available)),
        ]
        if let reason { pairs.append(("reason", .string(reason))) }
        pairs.append(("categories", .array(categories.map(JSONValue.string))))
        pairs.append(
            (
                "series",
                .array(
                    series.map { series in
                        .object([
                            ("name", .string(series.name)),
                            (
                                "values",
                                .array(
                                    series.values.map { value in
                                        guard let value else { return .null }
                                        return series.isCount ? .int(Int(value)) : .fraction(value)
                                    })
                            ),
                        ])
                    })
            ))
        if let partialYears {
            let spans: [(String, JSONValue)] = partialYears.sorted { $0.key < $1.key }.map { year, span in
                let from = span.from.map(JSONValue.string) ?? .null, to = span.to.map(JSONValue.string) ?? .null
                return (year, .object([("from", from), ("to", to)]))
            }
            pairs.append(("partial_years", .object(spans)))
        }
        return .object(pairs)
    }
}
