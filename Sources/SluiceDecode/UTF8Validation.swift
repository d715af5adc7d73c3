/// Byte-level UTF-8 validation and lossy decoding (no per-`Character` work).
enum UTF8Validation {
    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid
    /// (overlongs, surrogates, values above U+10FFFF and truncated sequences are invalid).
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 {
            return i + 1 < n && p[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return 0 }
            let b1 = p[i + 1]
            let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            return b1 >= lo && b1 <= hi && p[i + 2] & 0xC0 == 0x80 ? 3 : 0
        }
        if b0 < 0xF5 {
            guard i + 3 < n else { return 0 }
            let b1 = p[i + 1]
            let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            return b1 >= lo && b1 <= hi && p[i + 2] & 0xC0 == 0x80 && p[i + 3] & 0xC0 == 0x80 ? 4 : 0
        }
        return 0
    }

    /// Length of the maximal subpart of an ill-formed sequence at `i` (Unicode's "U+FFFD per
    /// maximal subpart" practice, as in the WHATWG decoder); always at least 1.
    static func invalidSubpartLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        let b0 = p[i]
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return 1
        }
        var j = i + 1
        var k = 0
        while k < need, j < n {
            let b = p[j]
            if k == 0 {
                if b < lo || b > hi { break }
            } else if b & 0xC0 != 0x80 {
                break
            }
            j += 1
            k += 1
        }
        return max(1, j - i)
    }

    /// Offset of the first invalid byte, or nil when the whole buffer is valid UTF-8.
    static func firstInvalidOffset(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        guard let base = p.baseAddress else { return nil }
        var i = 0
        while i < n {
            // ASCII fast path: 8 bytes per step.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= n { break }
            if p[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(p, at: i)
            if len == 0 { return i }
            i += len
        }
        return nil
    }

    /// Whether the buffer is pure ASCII.
    static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        guard let base = p.baseAddress else { return true }
        var i = 0
        var acc: UInt64 = 0
        while i + 8 <= n {
            acc |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < n { acc |= UInt64(p[i]); i += 1 }
        return acc & 0x8080_8080_8080_8080 == 0
    }

    /// Counts invalid sequences (maximal subparts) and returns the first offset.
    static func countInvalid(_ p: UnsafeBufferPointer<UInt8>) -> (count: Int, first: Int?) {
        guard var i = firstInvalidOffset(p) else { return (0, nil) }
        let first = i
        var count = 0
        let n = p.count
        while i < n {
            if p[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(p, at: i)
            if len > 0 { i += len; continue }
            count += 1
            i += invalidSubpartLength(p, at: i)
        }
        return (count, first)
    }

    /// Decodes UTF-8, replacing each maximal invalid subpart with U+FFFD.
    static func decodeLossy(_ p: UnsafeBufferPointer<UInt8>) -> (text: String, invalid: Int, first: Int?) {
        guard let first = firstInvalidOffset(p) else {
            return (String(decoding: p, as: UTF8.self), 0, nil)
        }
        var out = [UInt8]()
        out.reserveCapacity(p.count + 16)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<first]))
        var i = first
        var count = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 { out.append(b); i += 1; continue }
            let len = sequenceLength(p, at: i)
            if len > 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + len)]))
                i += len
                continue
            }
            count += 1
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += invalidSubpartLength(p, at: i)
        }
        return (String(decoding: out, as: UTF8.self), count, first)
    }
}
