import SluiceCore

/// Turns normalized UTF-8 text into 64-bit shingle hashes.
///
/// Word shingles: words are runs of bytes other than ASCII whitespace; each word is hashed with
/// MurmurHash3, and `size` consecutive word hashes are combined into one shingle hash. A text with
/// fewer than `size` words gives one shingle of all its words; an empty text gives none.
/// Character shingles: every run of `size` consecutive bytes (one shingle of the whole text when shorter).
struct Shingler: Sendable {
    let unit: DedupConfig.ShingleUnit
    let size: Int
    let seed: UInt32

    /// Appends the shingle hashes of `text` to `out`.
    ///
    /// - Parameter anySize: take the general word path whatever the size (tests check the size-3 path against it).
    func shingles(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt64], anySize: Bool = false) {
        guard let base = text.baseAddress, text.count > 0 else { return }
        switch unit {
        case .character:
            if text.count <= size {
                out.append(MurmurHash3.hash64(base, count: text.count, seed: seed))
            } else {
                for start in 0...(text.count - size) {
                    out.append(MurmurHash3.hash64(base + start, count: size, seed: seed))
                }
            }
        case .word:
            if size == 3 && !anySize {
                wordTrigrams(base, text.count, &out)
            } else {
                wordShingles(base, text.count, &out)
            }
        }
    }

    /// ``wordShingles(_:_:_:)`` for the default size of 3, with the last three word hashes in registers instead of a
    /// ring buffer; the hashes are the same.
    private func wordTrigrams(_ base: UnsafePointer<UInt8>, _ n: Int, _ out: inout [UInt64]) {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0  // oldest to newest
        var words = 0
        forEachWordHash(base, n) { hash in
            w0 = w1
            w1 = w2
            w2 = hash
            words += 1
            if words >= 3 { out.append(Self.combine(3, w0, w1, w2)) }
        }
        if words > 0 && words < 3 { out.append(Self.combine(words, w0, w1, w2)) }
    }

    /// Calls `body` with the hash of every word of the `n` bytes at `base`, in order.
    @inline(__always)
    private func forEachWordHash(_ base: UnsafePointer<UInt8>, _ n: Int, _ body: (UInt64) -> Void) {
        var i = 0
        while i < n {
            while i < n && isSpace(base[i]) { i += 1 }
            if i >= n { break }
            let start = i
            i = wordEnd(base, from: i, count: n)
            body(wordHash(base, start, i, n))
        }
    }

    /// The hash of the word `start..<end` of the `n` bytes at `base`.
    @inline(__always)
    private func wordHash(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ n: Int) -> UInt64 {
        let length = end - start
        return length < 16 && start &+ 16 <= n
            ? MurmurHash3.hash64(readable16: base + start, count: length, seed: seed)
            : MurmurHash3.hash64(base + start, count: length, seed: seed)
    }

    /// ``combine(_:newest:count:)`` of the `count` (1...3) newest of `w0`, `w1`, `w2` (oldest to newest).
    @inline(__always)
    private static func combine(_ count: Int, _ w0: UInt64, _ w1: UInt64, _ w2: UInt64) -> UInt64 {
        var h: UInt64 = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count >= 3 { h = (MurmurHash3.rotl(h, 27) ^ w0) &* 0xC2B2_AE3D_27D4_EB4F }
        if count >= 2 { h = (MurmurHash3.rotl(h, 27) ^ w1) &* 0xC2B2_AE3D_27D4_EB4F }
        h = (MurmurHash3.rotl(h, 27) ^ w2) &* 0xC2B2_AE3D_27D4_EB4F
        return MurmurHash3.fmix64(h)
    }

    private func wordShingles(_ base: UnsafePointer<UInt8>, _ n: Int, _ out: inout [UInt64]) {
        let k = size
        // Ring buffer of the last k word hashes.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: k) { ring in
            var words = 0
            var slot = 0  // words % k, kept without dividing
            forEachWordHash(base, n) { hash in
                ring[slot] = hash
                words += 1
                if words >= k { out.append(combine(ring, newest: slot, count: k)) }
                slot = slot + 1 == k ? 0 : slot + 1
            }
            if words > 0 && words < k { out.append(combine(ring, newest: words - 1, count: words)) }
        }
    }

    /// The end of the word starting at `i`: the first ASCII whitespace byte at or after `i`, or `n`. Eight bytes at a
    /// time find the first byte below `0x21`; a control byte there that is not whitespace falls through to the byte loop.
    @inline(__always)
    private func wordEnd(_ base: UnsafePointer<UInt8>, from start: Int, count n: Int) -> Int {
        var i = start
        while i &+ 8 <= n {
            let below = ByteWords.firstBelow(ByteWords.load(base + i), 0x21)
            if below == 0 {
                i &+= 8
                continue
            }
            i &+= below.trailingZeroBitCount >> 3
            break
        }
        while i < n && !isSpace(base[i]) { i += 1 }
        return i
    }

    /// Order-sensitive combination of the `count` newest word hashes (oldest first); `newest` is the slot of the
    /// newest.
    @inline(__always)
    private func combine(_ ring: UnsafeMutableBufferPointer<UInt64>, newest: Int, count: Int) -> UInt64 {
        let k = ring.count
        var h: UInt64 = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        // The oldest of the `count` words sits `count - 1` slots before the newest, wrapping around the ring.
        var slot = newest - count + 1
        if slot < 0 { slot += k }
        for _ in 0..<count {
            h = (MurmurHash3.rotl(h, 27) ^ ring[slot]) &* 0xC2B2_AE3D_27D4_EB4F
            slot = slot + 1 == k ? 0 : slot + 1
        }
        return MurmurHash3.fmix64(h)
    }
}

@inline(__always)
func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
