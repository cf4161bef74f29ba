/// The years a report covers, both ends included.
public struct Period: Hashable, Sendable, Codable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init?(from: Int, to: Int) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// Parses `2019-2022` (an en dash is accepted too, as analysts copy it from the brief).
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        self.init(from: a, to: b)
    }

    public var years: ClosedRange<Int> { from...to }
    public func contains(_ year: Int) -> Bool { years.contains(year) }

    /// `2014–2022`, with the en dash the brief uses; a single year stands alone.
    public var description: String { from == to ? "\(from)" : "\(from)–\(to)" }
}
