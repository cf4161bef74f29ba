/// The category axis of a figure, which also names the first column of its data table.
public enum FigureAxis: String, Sendable, Codable {
    case year, decade, type, country
    /// Production-to-recovery lag bands (`0–2` years …).
    case lag = "lag_years"
    /// A region of Mali, by its canonical name (the maps).
    case region
    /// A numbered step of a sample's recoveries (`7.62x39mm Factory 71, 1975: 2`), Map 3.
    case step
    /// A calibre or category of materiel (`81mm mortar round`).
    case materiel
}

/// One named series of a figure. Counts are whole numbers; shares are fractions in 0…1,
/// nil where the denominator is zero (never NaN).
public struct Series: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case count, share
        /// A measure with decimals (degrees, kilometres), written with two decimals.
        case decimal
    }

    public var name: String
    public var kind: Kind
    public var values: [Double?]

    public init(name: String, kind: Kind = .count, values: [Double?]) {
        self.name = name
        self.kind = kind
        self.values = values
    }

    public init(name: String, counts: [Int]) {
        self.init(name: name, kind: .count, values: counts.map(Double.init))
    }

    /// Counts some of which are unknown (nil), which stay nil rather than zero.
    public init(name: String, counts: [Int?]) {
        self.init(name: name, kind: .count, values: counts.map { $0.map(Double.init) })
    }
}

/// A computed figure: its identity, its numbers and how to draw it.
public struct FigureResult: Sendable {
    public var id: String
    public var title: String
    /// Its number in our documents (`Figure 4`, `Figure 3a`, `Box 7`).
    public var brief: String
    /// Where it stands in the reference brief (`Figure 4`, `§3.3`).
    public var reference: String
    public var axis: FigureAxis
    public var unit: String
    /// The definition in words, for the brief's method note.
    public var definition: String
    public var categories: [String]
    public var series: [Series]
    /// Nil when the figure could be computed; otherwise why not (an input is absent, say).
    public var unavailableReason: String?
    /// The reason as a vocabulary key with its values, where it names data (an export, dates):
    /// the edition's words are filled in from it.
    public var unavailableKey: ReasonText?
    /// Years of the period the figure's inputs cover only in part (category → the span covered):
    /// marked in charts and tables, never treated as full years.
    public var partialYears: [String: YearCoverage] = [:]
    /// The one year a figure not drawn by year reports (Map 2: the period's last): a year its inputs
    /// do not cover makes it unavailable, never a map of nothing.
    public var reportsYear: Int?
    /// Which wording of the figure's texts fits what the data records (`killed_only`: no injured
    /// recorded); nil for the figure's own. Its vocabulary keys are `figures.<id>.<variant>.…`.
    public var textVariant: String?
    public var chart: ChartSpec

    public init(
        id: String, title: String = "", brief: String, reference: String? = nil, axis: FigureAxis, unit: String,
        definition: String = "",
        categories: [String], series: [Series], chart: ChartSpec, unavailableReason: String? = nil
    ) {
        self.definition = definition
        self.id = id
        self.title = title
        self.brief = brief
        self.reference = reference ?? brief
        self.axis = axis
        self.unit = unit
        self.categories = categories
        self.series = series
        self.chart = chart
        self.unavailableReason = unavailableReason
    }

    public var isAvailable: Bool { unavailableReason == nil }

    public func series(named name: String) -> Series? { series.first { $0.name == name } }
}

/// A sentence of the vocabulary with the values it names: `reasons.outside_period` with the export,
/// file, period and dates.
public struct ReasonText: Sendable, Hashable {
    public var key: String
    public var parameters: [String: String]
    /// Dates, formatted in the edition's language.
    public var dates: [String: CivilDate]

    public init(key: String, parameters: [String: String] = [:], dates: [String: CivilDate] = [:]) {
        self.key = key
        self.parameters = parameters
        self.dates = dates
    }
}

extension NoDataInPeriod {
    /// Why the export gives nothing, as a vocabulary sentence (`reasons.no_rows` …).
    public func reason(period: Period) -> ReasonText {
        var parameters = ["export": export.rawValue, "file": file, "period": period.description]
        switch why {
        case .noRows: return ReasonText(key: "reasons.no_rows", parameters: parameters)
        case .noneAccepted(let rows):
            parameters["rows"] = NumberText.count(rows)
            return ReasonText(key: "reasons.none_accepted", parameters: parameters)
        case .outsidePeriod(let coverage):
            return ReasonText(
                key: "reasons.outside_period", parameters: parameters,
                dates: ["first": coverage.first, "last": coverage.last])
        }
    }
}
