/// Byte-level UTF-8 helpers used on hot paths.
public enum UTF8Validation {
    /// The bytes as a string if they are valid UTF-8, else `nil`: what `String(validating:as: UTF8.self)` returns,
    /// without its cost on short strings (that initialiser is not specialised in the standard library, and each
    /// call looks up generic metadata, several hundred instructions, more than checking a key or an id).
    @inlinable
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        firstInvalidOffset(bytes) == bytes.count ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or `bytes.count` if all is valid.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            // ASCII fast path, 8 bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            if bytes[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes.baseAddress!, at: i, end: n)
            if length == 0 { return i }
            i += length
        }
        return n
    }

    /// Length of the valid multi-byte UTF-8 sequence starting at `i` (its first byte is 0x80 or above), or 0 if
    /// the bytes there are not one.
    @inline(__always)
    public static func sequenceLength(_ base: UnsafePointer<UInt8>, at i: Int, end n: Int) -> Int {
        let b0 = base[i]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard i + length <= n else { return 0 }
        let b1 = base[i + 1]
        if b1 < lower || b1 > upper { return 0 }
        for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// True if every byte is below `0x80`; checks eight bytes at a time and stops at the first word that is not.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i &+ 8 <= n {
            if ByteWords.load(base + i) & 0x8080_8080_8080_8080 != 0 { return false }
            i &+= 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i &+= 1
        }
        return true
    }

    /// True if the bytes are valid UTF-8.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidOffset(bytes) == bytes.count
    }

    /// True if the bytes are valid UTF-8.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }
}
