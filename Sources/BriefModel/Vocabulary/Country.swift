/// A producing state under its common English short name, with its ISO 3166 code
/// (ISO 3166-3 for states that no longer exist).
public struct Country: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let name: String
    public let isoCode: String

    public init(name: String, isoCode: String) {
        self.name = name
        self.isoCode = isoCode
    }

    public var description: String { name }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.name < rhs.name }
}
