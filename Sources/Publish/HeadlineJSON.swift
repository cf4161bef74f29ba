import BriefModel

extension HeadlineStatistics {
    /// The headline object of figures.json.
    public var json: [(String, JSONValue)] {
        values.map { key, value in
            switch value {
            case .count(let n): (key, n.map(JSONValue.int) ?? .null)
            case .fraction(let x), .number(let x): (key, x.map(JSONValue.fraction) ?? .null)
            }
        }
    }
}
