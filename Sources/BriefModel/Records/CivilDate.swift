/// A calendar date with no time or zone: incidents are dated by day, and years are calendar years.
public struct CivilDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (31 February, 29 February of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// `2016-09-14`. Written digit by digit: data tables print tens of thousands of dates.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `description`'s bytes, added to `bytes` (for tables written as bytes).
    public func appendISO(to bytes: inout [UInt8]) {
        guard (0...9999).contains(year) else {
            return bytes.append(contentsOf: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)".utf8)
        }
        for n in [year / 1000, year / 100, year / 10, year, -1, month / 10, month, -1, day / 10, day] {
            bytes.append(n < 0 ? UInt8(ascii: "-") : UInt8(ascii: "0") + UInt8(n % 10))
        }
    }

    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `14 September 2016`, as the brief writes dates.
    public var longEnglish: String { "\(day) \(Self.englishMonths[month - 1]) \(year)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
