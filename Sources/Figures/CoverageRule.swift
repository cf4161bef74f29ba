import BriefModel

/// Unknown is not zero, for every figure in one place (public-data.md, "What the data covers"):
/// a figure whose input was read but gives nothing for the period says so as its reason; a year of
/// the period its inputs do not cover is a gap (every value nil, never 0); a year they cover in part
/// is recorded in `partialYears`, for the mark its label carries.
public struct CoverageRule: Sendable {
    public var period: Period
    public var coverage: [ExportKind: Coverage]
    public var withoutData: [ExportKind: NoDataInPeriod]

    public init(period: Period, coverage: [ExportKind: Coverage], withoutData: [ExportKind: NoDataInPeriod]) {
        self.period = period
        self.coverage = coverage
        self.withoutData = withoutData
    }

    public init(_ data: Dataset, period: Period) {
        self.init(period: period, coverage: data.coverage, withoutData: data.withoutData)
    }

    public func apply(_ figure: FigureResult, inputs: [ExportKind]) -> FigureResult {
        var figure = figure
        guard figure.isAvailable else {
            if let missing = inputs.compactMap({ withoutData[$0] }).first {
                let reason = missing.reason(period: period)
                figure.unavailableReason = reason.key
                figure.unavailableKey = reason
            }
            return figure
        }
        guard let span = Coverage.union(inputs.compactMap { coverage[$0] }) else { return figure }
        if let year = figure.reportsYear { return Self.apply(span, year: year, to: figure) }
        guard figure.axis == .year else { return figure }
        let chartFollows = figure.chart.categories == figure.categories
        for (index, category) in figure.categories.enumerated() {
            guard let year = Int(category) else { continue }
            switch span.year(year) {
            case .full: continue
            case .partial(let from, let to): figure.partialYears[category] = .partial(from: from, to: to)
            case .notCovered:
                for series in figure.series.indices { figure.series[series].values[index] = nil }
                guard chartFollows else { continue }
                for layer in figure.chart.layers.indices where index < figure.chart.layers[layer].values.count {
                    figure.chart.layers[layer].values[index] = nil
                }
            }
        }
        return figure
    }

    /// A figure of one year: unavailable when its inputs do not cover the year, marked when in part.
    private static func apply(_ span: Coverage, year: Int, to figure: FigureResult) -> FigureResult {
        var figure = figure
        switch span.year(year) {
        case .full: break
        case .partial(let from, let to): figure.partialYears[String(year)] = .partial(from: from, to: to)
        case .notCovered:
            let reason = ReasonText(
                key: "reasons.year_not_covered", parameters: ["year": String(year)],
                dates: ["first": span.first, "last": span.last])
            figure.unavailableReason = reason.key
            figure.unavailableKey = reason
        }
        return figure
    }
}
