import Foundation

/// A memo from a field's bytes to what they were read as, so that each distinct spelling of a
/// label, date or calibre is decoded, folded and matched once, not once per row. Open addressing
/// over the raw bytes: a look-up hashes a few words and makes no `String`.
struct ByteMemo<Value: Sendable>: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = [], hashes: [UInt64] = [], values: [Value] = []
    /// Entry index + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { values.count }

    /// The value for `bytes[range]`, made by `make` the first time these bytes are seen.
    @inline(__always)
    mutating func value(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ make: (UnsafeBufferPointer<UInt8>) -> Value
    ) -> Value {
        let key = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, equal(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
        let value = make(key)
        starts.append(arena.count)
        hashes.append(hash)
        values.append(value)
        arena.append(contentsOf: key)
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
        return value
    }

    private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        let end = entry + 1 < starts.count ? starts[entry + 1] : arena.count
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            // Keys are a few bytes long: a loop beats a call to memcmp.
            for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
            return true
        }
    }

    /// Eight bytes at a time, mixed by multiplication; the length seeds it so prefixes differ.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < key.count {
            tail = tail << 8 | UInt64(base[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
