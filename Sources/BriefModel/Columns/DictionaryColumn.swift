/// A column of few distinct values: each distinct value stored once, a small code per row.
/// Code 0 stands for "none" (a blank or unknown field), so an optional needs no extra bitmap.
/// A column of mostly unique text (ids of other records, case files) is not deduplicated: hashing a
/// million strings would cost more than it saves, so there one value may have several codes.
public struct DictionaryColumn<Value: Hashable & Sendable>: Sendable {
    /// The values; `entries[0]` is unused (code 0 is none).
    public private(set) var entries: [Value?] = [nil]
    public private(set) var codes: [UInt32] = []
    private var index: [Value: UInt32] = [:]
    /// True when every value has one code, so codes can be compared instead of values.
    public let isDistinct: Bool

    public init(distinct: Bool = true) { isDistinct = distinct }

    public var count: Int { codes.count }

    public subscript(row: Int) -> Value? { entries[Int(codes[row])] }

    /// The code of a value, adding it when new (none is 0).
    public mutating func code(for value: Value?) -> UInt32 {
        guard let value else { return 0 }
        guard isDistinct else { return addDistinct(value) }
        // Entries added by `addDistinct` are indexed only when a look-up by value needs them.
        for code in (index.count + 1)..<entries.count { index[entries[code]!] = UInt32(code) }
        if let known = index[value] { return known }
        let code = UInt32(entries.count)
        entries.append(value)
        index[value] = code
        return code
    }

    /// Adds a value the caller knows is not in the column yet (a reader that already keeps its own
    /// memo of distinct values), without hashing it; returns its code.
    public mutating func addDistinct(_ value: Value) -> UInt32 {
        entries.append(value)
        return UInt32(entries.count - 1)
    }

    public mutating func append(_ value: Value?) { codes.append(code(for: value)) }
    public mutating func append(code: UInt32) { codes.append(code) }
    public mutating func reserveCapacity(_ n: Int) { codes.reserveCapacity(n) }

    /// Appends another column's rows, its codes turned into this column's.
    public mutating func append(contentsOf other: Self) {
        let mapped = other.entries.map { code(for: $0) }
        codes.reserveCapacity(codes.count + other.codes.count)
        for code in other.codes { codes.append(mapped[Int(code)]) }
    }

    /// Keeps only the rows at `rows` (ascending), in place.
    public mutating func keep(_ rows: [Int]) { codes.keep(rows) }
}

/// The index of a case of a small enum, as stored in a `UInt8` column, and back.
public protocol ColumnCode: CaseIterable, Equatable where AllCases == [Self] {}

extension ColumnCode {
    public var code: UInt8 { UInt8(Self.allCases.firstIndex(of: self)!) }
    public init(code: UInt8) { self = Self.allCases[Int(code)] }
}

extension IncidentCategory: ColumnCode {}
extension Party: ColumnCode {}
extension IEDType: ColumnCode {}
extension Region: ColumnCode {}
extension Zone: ColumnCode {}

/// A calendar day packed as `yyyymmdd`: ordered like the dates, and the year is one division away.
public enum DayKey {
    public static func make(_ date: CivilDate) -> Int32 { Int32(date.year * 10_000 + date.month * 100 + date.day) }
    public static func year(_ key: Int32) -> Int { Int(key) / 10_000 }
    public static func date(_ key: Int32) -> CivilDate {
        let k = Int(key)
        return CivilDate(year: k / 10_000, month: k / 100 % 100, day: k % 100)!
    }
}

/// A count column's encoding: the known value, or −1 for unknown (never 0).
public enum CountCode {
    public static let unknown: Int32 = -1
    public static func make(_ count: Count) -> Int32 {
        if case .known(let n) = count { return Int32(n) }
        return unknown
    }
    public static func count(_ code: Int32) -> Count { code < 0 ? .unknown : .known(Int(code)) }
    /// The value used in sums: unknown adds nothing.
    @inline(__always) public static func value(_ code: Int32) -> Int { code < 0 ? 0 : Int(code) }
}

extension Array {
    /// Keeps only the elements at `indices` (ascending), in place: no second copy of a million rows.
    public mutating func keep(_ indices: [Int]) {
        withUnsafeMutableBufferPointer { buffer in
            for (to, from) in indices.enumerated() where to != from { buffer[to] = buffer[from] }
        }
        removeLast(count - indices.count)
    }
}
