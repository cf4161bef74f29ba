/// A count from an export: a known non-negative integer, or unknown (blank, `inconnu`, `?` …).
/// Unknown counts are summed as zero but stay distinguishable so the quality report can tell them apart.
public enum Count: Hashable, Sendable, Codable {
    case known(Int)
    case unknown

    /// The value used in sums.
    public var value: Int {
        if case .known(let n) = self { return n }
        return 0
    }

    public var isUnknown: Bool { self == .unknown }
}

extension Count: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .known(value) }
}
