/// Open-addressing hash map from 64-bit keys (already well mixed) to 32-bit values, linear probing,
/// at most 75 % full. Stores 12 bytes per slot and nothing else; entries are never removed.
struct HashTable64: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [UInt32]
    private(set) var count: Int = 0
    private var mask: Int

    init(capacity: Int = 16) {
        var cap = 16
        while cap * 3 < capacity * 4 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        values = [UInt32](repeating: 0, count: cap)
        mask = cap - 1
    }

    /// Rebuilds a table from saved raw arrays.
    init(rawKeys: [UInt64], rawValues: [UInt32], count: Int) {
        precondition(rawKeys.count == rawValues.count && rawKeys.count.nonzeroBitCount == 1)
        keys = rawKeys
        values = rawValues
        self.count = count
        mask = rawKeys.count - 1
    }

    /// 0 marks an empty slot, so key 0 is stored as 1 (a harmless collision of two hash values).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    var bytes: Int { keys.count * 12 }

    func find(_ key: UInt64) -> UInt32? {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let cur = keys[i]
            if cur == k { return values[i] }
            if cur == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Inserts `value` under `key` unless the key is present; returns the existing value if it was.
    mutating func insertIfAbsent(_ key: UInt64, _ value: UInt32) -> UInt32? {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let cur = keys[i]
            if cur == k { return values[i] }
            if cur == 0 {
                keys[i] = k
                values[i] = value
                count += 1
                return nil
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let cap = oldKeys.count * 2
        keys = [UInt64](repeating: 0, count: cap)
        values = [UInt32](repeating: 0, count: cap)
        mask = cap - 1
        for j in 0..<oldKeys.count where oldKeys[j] != 0 {
            var i = Int(truncatingIfNeeded: oldKeys[j]) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            values[i] = oldValues[j]
        }
    }
}
