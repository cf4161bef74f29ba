import BriefModel

/// The samples of Figure 3: distinct (calibre, producer, year) of cartridge calibres 7.62 to 14.5 mm
/// with at least one record recovered in the period. Each sample keeps the country of its records.
enum AmmunitionSamples {
    struct Entry: Hashable {
        let sample: AmmunitionSample
        let country: Country?
    }

    static let calibres = 7.62...14.5

    static func inPeriod(_ records: [AmmunitionRecord], period: Period) -> [Entry] {
        inPeriod(AmmunitionColumns(records), period: period)
    }

    /// One pass over the columns in file order: a sample's first record decides its place.
    static func inPeriod(_ columns: AmmunitionColumns, period: Period) -> [Entry] {
        let keys = SampleKeys(columns)
        let counted = columns.calibre.entries.map { $0.map { $0.isCartridge && calibres.contains($0.millimetres) } ?? false }
        var slot = SampleSlots()
        var samples: [UInt64] = [], countries: [UInt32] = []
        for row in 0..<columns.count where period.contains(DayKey.year(columns.day[row])) {
            guard counted[Int(columns.calibre.codes[row])], let key = keys.key(row) else { continue }
            let country = columns.country.codes[row]
            if let index = slot.index(key) {
                // A sample recorded once with a country and once without keeps the country.
                if countries[index] == 0 { countries[index] = country }
                continue
            }
            slot.insert(key, samples.count)
            samples.append(key)
            countries.append(country)
        }
        return zip(samples, countries).map { key, country in
            Entry(sample: keys.sample(key), country: columns.country.entries[Int(country)])
        }
    }
}

/// A sample as one `UInt64`: the calibre's code, the maker (the producer, or the country's name for a
/// blank producer, as one interned string so that both spellings of a maker meet) and the year.
struct SampleKeys {
    let columns: AmmunitionColumns
    private var makers: [String] = []
    private let makerOfProducer: [Int], makerOfCountry: [Int]

    init(_ columns: AmmunitionColumns) {
        self.columns = columns
        var index: [String: Int] = [:], names: [String] = []
        func intern(_ name: String) -> Int {
            if let known = index[name] { return known }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
        makerOfProducer = columns.producer.entries.map { $0.map(intern) ?? -1 }
        makerOfCountry = columns.country.entries.map { $0.map { intern($0.name) } ?? -1 }
        makers = names
    }

    /// Nil when the record has no year, or neither producer nor country.
    func key(_ row: Int) -> UInt64? {
        let year = columns.year[row]
        guard year != 0 else { return nil }
        var maker = makerOfProducer[Int(columns.producer.codes[row])]
        if maker < 0 { maker = makerOfCountry[Int(columns.country.codes[row])] }
        guard maker >= 0 else { return nil }
        return UInt64(columns.calibre.codes[row]) << 48 | UInt64(maker) << 16 | UInt64(UInt16(bitPattern: year))
    }

    func sample(_ key: UInt64) -> AmmunitionSample {
        let parts = parts(key)
        return AmmunitionSample(calibre: parts.calibre!, producer: parts.maker, year: parts.year)
    }

    /// The key taken apart; the calibre is nil when the export does not record it.
    func parts(_ key: UInt64) -> (calibre: Calibre?, maker: String, year: Int) {
        (
            columns.calibre.entries[Int(key >> 48)], makers[Int(key >> 16 & 0xFFFF_FFFF)],
            Int(Int16(bitPattern: UInt16(key & 0xFFFF)))
        )
    }
}

/// Sample key → its index in a list, as open addressing over the packed keys: a million look-ups
/// per pass cost less than through `Dictionary`'s seeded hashing.
struct SampleSlots {
    private var keys: [UInt64]
    private var indices: [Int32]
    private var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        indices = Array(repeating: -1, count: 1024)
    }

    /// The index stored for `key`, or nil (then `insert`).
    @inline(__always)
    func index(_ key: UInt64) -> Int? {
        var slot = Self.slot(key, keys.count)
        while indices[slot] >= 0 {
            if keys[slot] == key { return Int(indices[slot]) }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    mutating func insert(_ key: UInt64, _ index: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, keys.count)
        while indices[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        indices[slot] = Int32(index)
        count += 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }

    private mutating func grow() {
        let old = zip(keys, indices).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        indices = Array(repeating: -1, count: indices.count * 2)
        count = 0
        for (key, index) in old { insert(key, Int(index)) }
    }
}
