/// An immutable-after-build open-addressing map from 64-bit hashes to `Int32`, faster than `Dictionary`
/// for the tagger's hot lookups (no SipHash; keys are already well-mixed hashes).
struct UInt64Table: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var hasZero = false
    private var zeroValue: Int32 = 0
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 17) & mask
    }

    /// The value for `key`, or nil.
    @inline(__always)
    func get(_ key: UInt64) -> Int32? {
        if key == 0 { return hasZero ? zeroValue : nil }
        var s = slot(key)
        while true {
            let k = keys[s]
            if k == key { return values[s] }
            if k == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// Whether `key` is present.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { get(key) != nil }

    /// All keys, in table order.
    var allKeys: [UInt64] {
        var out = keys.filter { $0 != 0 }
        if hasZero { out.append(0) }
        return out
    }

    /// Inserts or replaces a value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if key == 0 {
            if !hasZero { count += 1 }
            hasZero = true
            zeroValue = value
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        var s = slot(key)
        while true {
            let k = keys[s]
            if k == key {
                values[s] = value
                return
            }
            if k == 0 {
                keys[s] = key
                values[s] = value
                count += 1
                return
            }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        let zero = hasZero
        count = zero ? 1 : 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(k, v) }
    }
}
