/// An immutable open-addressing hash table from short byte strings (ASCII-case-folded) to a small payload.
///
/// Built once per segmenter; lookups hash bytes straight out of the input buffer, so no `String`
/// is created on the hot path. Keys are folded to ASCII lowercase on insertion and on lookup;
/// non-ASCII bytes (e.g. Cyrillic) are compared as they are, with a small two-byte fold for
/// Cyrillic capitals so that `Г.` and `г.` share an entry.
struct ByteWordTable: Sendable {
    private var slots: [Int32]          // index into `entries`, -1 = empty
    private var entries: [Entry]
    private var storage: [UInt8]
    private var mask: Int

    struct Entry: Sendable {
        var hash: UInt64
        var offset: Int32
        var length: Int32
        var payload: UInt16
    }

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        entries = []
        storage = []
        mask = size - 1
    }

    var count: Int { entries.count }

    /// Inserts `key` (folded) with `payload`; an existing key keeps the bitwise OR of both payloads.
    mutating func insert(_ key: String, payload: UInt16) {
        var folded = Array(key.utf8)
        ByteWordTable.fold(&folded)
        if folded.isEmpty { return }
        if entries.count * 2 >= slots.count { grow() }
        let h = folded.withUnsafeBufferPointer { ByteWordTable.hash($0, 0, $0.count) }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let idx = Int(slots[slot])
            if idx < 0 { break }
            let e = entries[idx]
            if e.hash == h && Int(e.length) == folded.count
                && storage[Int(e.offset)..<Int(e.offset) + Int(e.length)].elementsEqual(folded) {
                entries[idx].payload |= payload
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: h, offset: Int32(storage.count), length: Int32(folded.count), payload: payload))
        storage.append(contentsOf: folded)
    }

    private mutating func grow() {
        let newSize = slots.count * 2
        slots = Array(repeating: -1, count: newSize)
        mask = newSize - 1
        for (i, e) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: e.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    /// Payload for the bytes `text[start..<end]` (folded on the fly), or `nil`.
    @inline(__always)
    func lookup(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt16? {
        let n = end - start
        if n <= 0 || n > 48 || entries.isEmpty { return nil }
        let h = ByteWordTable.hash(text, start, end)
        var slot = Int(truncatingIfNeeded: h) & mask
        return storage.withUnsafeBufferPointer { store -> UInt16? in
            while true {
                let idx = Int(slots[slot])
                if idx < 0 { return nil }
                let e = entries[idx]
                if e.hash == h && Int(e.length) == n {
                    var k = 0
                    let base = Int(e.offset)
                    var same = true
                    while k < n {
                        if ByteWordTable.foldByte(text, start + k) != store[base + k] { same = false; break }
                        k += 1
                    }
                    if same { return e.payload }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over folded bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            h = (h ^ UInt64(foldByte(p, i))) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// Folds ASCII capitals, and the second byte of two-byte Cyrillic capitals А–Я (D0 90–D0 AF → D0 B0–D1 8F).
    @inline(__always)
    static func foldByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
        let b = p[i]
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        if b >= 0x80 && i > p.startIndex {
            let lead = p[i - 1]
            if lead == 0xD0 && b >= 0x90 && b <= 0x9F { return b &+ 0x20 }     // А–П → а–п (D0 B0–BF)
            if lead == 0xD0 && b >= 0xA0 && b <= 0xAF { return b &- 0x20 }     // Р–Я → р–я (D1 80–8F), second byte
        }
        if b == 0xD0 && i + 1 < p.endIndex {
            let next = p[i + 1]
            if next >= 0xA0 && next <= 0xAF { return 0xD1 }                    // lead byte of р–я
        }
        return b
    }

    private static func fold(_ bytes: inout [UInt8]) {
        let copy = bytes
        copy.withUnsafeBufferPointer { p in
            for i in 0..<p.count { bytes[i] = foldByte(p, i) }
        }
    }
}
