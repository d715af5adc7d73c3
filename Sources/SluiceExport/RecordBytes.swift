import SluiceCore

/// A growable byte buffer written through a pointer, for the hot part of a JSON Lines record (the sentence and
/// entity lists): an `Array` append per key, number and short string costs more than the bytes it copies, so a
/// list is built here and appended to the record at once.
///
/// A value type over manually managed memory: the owner calls ``free()`` when done, and copies must not outlive it.
struct RecordBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far (set to 0 to reuse the buffer).
    var count = 0

    /// A buffer with room for `capacity` bytes (it grows as needed).
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Releases the memory.
    func free() { base.deallocate() }

    /// The bytes written, appended to `out`.
    func append(to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count &+ n > capacity { grow(count &+ n) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    /// Appends one byte.
    @inline(__always)
    mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress else { return }
        let n = p.count
        reserve(n)
        if n <= 16 {
            // Keys and literals: a short loop costs less than a call to memmove.
            for i in 0..<n { base[count &+ i] = src[i] }
        } else {
            (base + count).update(from: src, count: n)
        }
        count &+= n
    }

    /// Appends a literal's bytes.
    @inline(__always)
    mutating func literal(_ s: StaticString) {
        s.withUTF8Buffer { bytes($0) }
    }

    /// Appends an integer in decimal, as ``JSONWriter/writeInt(_:into:)`` does.
    mutating func int(_ value: Int) {
        reserve(20)
        if value >= 0 && value < 10 {
            base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            count &+= 1
            return
        }
        var digits = 0
        var m = value.magnitude
        while m > 0 {
            digits &+= 1
            m /= 10
        }
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count &+= 1
        }
        m = value.magnitude
        var k = count &+ digits
        while m > 0 {
            k &-= 1
            base[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        }
        count &+= digits
    }

    /// Appends UTF-8 text as a JSON string, as ``JSONWriter/writeString(utf8:into:)`` does.
    mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        if n <= 48 {
            // Short (labels, names, sources): copied byte by byte while checking for bytes to escape.
            reserve(n &+ 2)
            let dst = base + count
            dst[0] = UInt8(ascii: "\"")
            var i = 0
            while i < n {
                let b = p[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                dst[i &+ 1] = b
                i &+= 1
            }
            if i == n {
                dst[n &+ 1] = UInt8(ascii: "\"")
                count &+= n &+ 2
                return
            }
        } else if JSONWriter.needsNoEscaping(utf8: p) {
            reserve(n &+ 2)
            base[count] = UInt8(ascii: "\"")
            count &+= 1
            bytes(p)
            base[count] = UInt8(ascii: "\"")
            count &+= 1
            return
        }
        var escaped: [UInt8] = []
        JSONWriter.writeString(utf8: p, into: &escaped)
        escaped.withUnsafeBufferPointer { bytes($0) }
    }

    /// Appends a string as a JSON string.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Appends a JSON value, as ``JSONWriter/write(_:into:)`` does.
    mutating func value(_ v: JSONValue) {
        switch v {
        case .null: literal("null")
        case .string(let s): string(s)
        case .int(let i): int(i)
        default:
            var encoded: [UInt8] = []
            JSONWriter.write(v, into: &encoded)
            encoded.withUnsafeBufferPointer { bytes($0) }
        }
    }
}
