/// Every built-in word list in one open-addressing table: a token's case-folded hash → the bit set of the
/// ``WordList``s that hold the word (0 for any other word).
struct Lexicon: Sendable {
    /// The table of all built-in lists.
    static let builtIn = Lexicon(WordList.allCases)

    private var keys: [UInt64]
    private var masks: [UInt64]
    private let mask: Int
    private var zeroMask: UInt64 = 0

    /// Builds the table from `lists`.
    init(_ lists: [WordList]) {
        let words = lists.reduce(0) { $0 + $1.words.count }
        var size = 64
        // At most a quarter full, so that a miss (the common case) usually ends at the first empty slot.
        while size < words * 4 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        masks = Array(repeating: 0, count: size)
        mask = size - 1
        for list in lists {
            for key in list.words.allKeys { insert(key, list.bit) }
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 17) & mask
    }

    private mutating func insert(_ key: UInt64, _ bit: UInt64) {
        if key == 0 {
            zeroMask |= bit
            return
        }
        var s = slot(key)
        while keys[s] != 0 && keys[s] != key { s = (s + 1) & mask }
        keys[s] = key
        masks[s] |= bit
    }

    /// The lists (bit `WordList.rawValue`) that hold the word with folded hash `key`.
    @inline(__always)
    func lists(of key: UInt64) -> UInt64 {
        if key == 0 { return zeroMask }
        var s = slot(key)
        while true {
            let k = keys[s]
            if k == key { return masks[s] }
            if k == 0 { return 0 }
            s = (s + 1) & mask
        }
    }
}
