/// A headline number: a whole count, a fraction (nil when its denominator is zero), or a plain number;
/// nil when the data does not record what it counts (unknown is not zero).
public enum Statistic: Hashable, Sendable {
    case count(Int?)
    case fraction(Double?)
    case number(Double?)

    /// The same kind of statistic, not recorded.
    public var unknown: Statistic {
        switch self {
        case .count: .count(nil)
        case .fraction: .fraction(nil)
        case .number: .number(nil)
        }
    }
}

/// The headline statistics in a fixed order, keyed by the names documented in the README.
public struct HeadlineStatistics: Sendable {
    public var values: [(key: String, value: Statistic)]

    public init(_ values: [(key: String, value: Statistic)]) { self.values = values }

    public subscript(key: String) -> Statistic? { values.first { $0.key == key }?.value }
}
