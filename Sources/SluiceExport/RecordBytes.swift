import SluiceCore

/// A growable byte buffer written through a pointer, for the hot part of a JSON Lines record (the sentence and
/// entity lists): an `Array` append per key, number and short string costs more than the bytes it copies, so a
/// list is written here by ``JSONWriter`` (a ``JSONOutput``) and appended to the record at once.
///
/// A value type over manually managed memory: the owner calls ``free()`` when done, and copies must not outlive it.
struct RecordBytes: JSONOutput {
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
    mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(bytes p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress else { return }
        let n = p.count
        reserve(n)
        if n <= 16 {
            // Keys and short strings: a short loop costs less than a call to memmove.
            for i in 0..<n { base[count &+ i] = src[i] }
        } else {
            (base + count).update(from: src, count: n)
        }
        count &+= n
    }
}
