/// The incidents aggregated in one pass into cells of (year, category, party, zone, IED type), each
/// holding the row count and the sums every incident figure and headline statistic reads, so a
/// figure asks the cube instead of filtering a million rows again. Unknown counts add nothing to a
/// sum and are counted apart, so "unknown is not zero" stays decidable.
public struct IncidentCube: Sendable {
    public struct Key: Sendable {
        public let year: Int
        public let category: IncidentCategory
        public let party: Party
        public let zone: Zone
        public let iedType: IEDType

        public var isAttack: Bool { category.isAttack }
        public var isAttackOnMINUSMA: Bool { isAttack && party == .minusma }
        public var isIdentifiedIED: Bool { (category == .ied || category == .iedFind) && iedType != .unknown }
    }

    public struct Cell: Sendable {
        public var incidents = 0
        public var victimsKilled = 0, victimsInjured = 0
        public var civiliansKilled = 0
        /// Incidents whose civilians killed is known.
        public var civiliansKilledKnown = 0
        /// Incidents that record how many people were injured (any group).
        public var victimsInjuredKnown = 0
        /// Uniformed peacekeepers and civilian staff killed, and the peacekeepers alone.
        public var unKilled = 0, unMilitaryKilled = 0
        /// Incidents where neither UN killed count is known.
        public var unKilledUnknown = 0
    }

    /// The years present in the data; nil when there are no incidents.
    public let years: ClosedRange<Int>?
    private var cells: [Cell]
    private static let categories = IncidentCategory.allCases.count, parties = Party.allCases.count
    private static let zones = Zone.allCases.count, iedTypes = IEDType.allCases.count
    private static let perYear = categories * parties * zones * iedTypes

    public init(_ columns: IncidentColumns) {
        guard let low = columns.day.min(), let high = columns.day.max() else {
            years = nil
            cells = []
            return
        }
        let first = DayKey.year(low)
        years = first...DayKey.year(high)
        var grid = Array(repeating: Cell(), count: (DayKey.year(high) - first + 1) * Self.perYear)
        let zoneOfRegion = Region.allCases.map { Int($0.zone.code) }
        typealias F = IncidentColumns.CountField
        let counts = columns.counts
        let unMilitary = counts[F.unMilitaryKilled.rawValue], unAssociated = counts[F.unAssociatedKilled.rawValue]
        let security = counts[F.securityKilled.rawValue], civilians = counts[F.civiliansKilled.rawValue]
        let unspecified = counts[F.killedUnspecified.rawValue]
        let injured = [F.unMilitaryInjured, .unAssociatedInjured, .securityInjured, .civiliansInjured].map { counts[$0.rawValue] }
        for row in 0..<columns.count {
            let zone = zoneOfRegion[Int(columns.region[row])]
            var index = DayKey.year(columns.day[row]) - first
            index = index * Self.categories + Int(columns.category[row])
            index = index * Self.parties + Int(columns.party[row])
            index = (index * Self.zones + zone) * Self.iedTypes + Int(columns.iedType[row])
            let military = unMilitary[row], associated = unAssociated[row], civilian = civilians[row]
            let un = CountCode.value(military) + CountCode.value(associated)
            grid[index].incidents += 1
            grid[index].victimsKilled +=
                un + CountCode.value(security[row]) + CountCode.value(civilian)
                + CountCode.value(unspecified[row])
            grid[index].victimsInjured +=
                CountCode.value(injured[0][row]) + CountCode.value(injured[1][row])
                + CountCode.value(injured[2][row]) + CountCode.value(injured[3][row])
            if injured.contains(where: { $0[row] >= 0 }) { grid[index].victimsInjuredKnown += 1 }
            grid[index].civiliansKilled += CountCode.value(civilian)
            if civilian >= 0 { grid[index].civiliansKilledKnown += 1 }
            grid[index].unKilled += un
            grid[index].unMilitaryKilled += CountCode.value(military)
            if military < 0, associated < 0 { grid[index].unKilledUnknown += 1 }
        }
        cells = grid
    }

    /// Every non-empty cell with its key.
    public func forEach(_ body: (Key, Cell) -> Void) {
        guard let years else { return }
        for (index, cell) in cells.enumerated() where cell.incidents > 0 {
            var rest = index
            let ied = rest % Self.iedTypes
            rest /= Self.iedTypes
            let zone = rest % Self.zones
            rest /= Self.zones
            let party = rest % Self.parties
            rest /= Self.parties
            let category = rest % Self.categories
            rest /= Self.categories
            body(
                Key(
                    year: years.lowerBound + rest, category: IncidentCategory(code: UInt8(category)),
                    party: Party(code: UInt8(party)), zone: Zone(code: UInt8(zone)), iedType: IEDType(code: UInt8(ied))), cell)
        }
    }

    /// A sum over the cells whose key passes `filter`, in any year.
    public func total(_ value: (Cell) -> Int, where filter: (Key) -> Bool) -> Int {
        var sum = 0
        forEach { key, cell in if filter(key) { sum += value(cell) } }
        return sum
    }

    /// Incidents passing `filter`, in any year.
    public func count(where filter: (Key) -> Bool) -> Int { total(\.incidents, where: filter) }

    public func contains(where filter: (Key) -> Bool) -> Bool { count(where: filter) > 0 }

    /// Per year of the period, a sum over the cells whose key passes `filter`; years with nothing are 0.
    public func perYear(_ period: Period, _ value: (Cell) -> Int = \.incidents, where filter: (Key) -> Bool) -> [Int] {
        var sums = [Int](repeating: 0, count: period.to - period.from + 1)
        forEach { key, cell in
            if period.contains(key.year), filter(key) { sums[key.year - period.from] += value(cell) }
        }
        return sums
    }
}
