import SluiceCore

/// Lossy UTF-8 decoding on top of SluiceCore's validation (no per-`Character` work): invalid input is counted and
/// replaced by U+FFFD per maximal subpart.
extension UTF8Validation {
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

    /// Counts invalid sequences (maximal subparts) and returns the first offset.
    static func countInvalid(_ p: UnsafeBufferPointer<UInt8>) -> (count: Int, first: Int?) {
        let n = p.count
        var i = firstInvalidOffset(p)
        guard i < n, let base = p.baseAddress else { return (0, nil) }
        let first = i
        var count = 0
        while i < n {
            if p[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(base, at: i, end: n)
            if len > 0 { i += len; continue }
            count += 1
            i += invalidSubpartLength(p, at: i)
        }
        return (count, first)
    }

    /// Decodes UTF-8, replacing each maximal invalid subpart with U+FFFD.
    static func decodeLossy(_ p: UnsafeBufferPointer<UInt8>) -> (text: String, invalid: Int, first: Int?) {
        let first = firstInvalidOffset(p)
        guard first < p.count, let base = p.baseAddress else {
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
            let len = sequenceLength(base, at: i, end: n)
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
