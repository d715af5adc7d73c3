/// The accumulator behind ``ByteText/foldedHash(_:_:_:)``, a token's case-folded hash: the folded bytes are taken
/// eight at a time as little-endian words (the last one zero-filled), each word is mixed in with one multiply and
/// xor-shift, and the length is mixed in at the end. So a word of up to eight bytes costs one step.
///
/// `foldedHash` feeds it byte by byte; the tokenizer's eight-byte word scan feeds it whole words from the register it
/// classifies them in. Both must give the same hash for the same bytes (entity models key their features by it).
struct FoldedHasher {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    /// Bytes appended one at a time since the last step, first byte lowest.
    private var pending: UInt64 = 0
    private var pendingShift: UInt64 = 0
    private var length = 0

    /// Appends one folded byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        pending |= UInt64(byte) << pendingShift
        pendingShift &+= 8
        length &+= 1
        if pendingShift == 64 {
            state = Self.step(state, pending)
            pending = 0
            pendingShift = 0
        }
    }

    /// Appends `count` (0...8) folded bytes held in the low bytes of `word`, its other bytes zero: one step, or none
    /// for `count == 0` (a select, not a branch). No single byte may be pending, and fewer than eight bytes end the
    /// input: the next step would start in the middle of a word.
    @inline(__always)
    mutating func append(word: UInt64, count: Int) {
        assert(pendingShift == 0, "append(word:count:) after single bytes")
        let next = Self.step(state, word)
        state = count == 0 ? state : next
        length &+= count
    }

    /// The hash of the bytes appended.
    @inline(__always)
    func finish() -> UInt64 {
        let h = pendingShift == 0 ? state : Self.step(state, pending)
        var x = h ^ (UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F)
        x = (x ^ (x &>> 32)) &* 0xD6E8_FEB8_6659_FD93
        return x ^ (x &>> 32)
    }

    @inline(__always)
    private static func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let x = (h ^ word) &* 0x9FB2_1C65_1E98_DF25
        return x ^ (x &>> 29)
    }
}
