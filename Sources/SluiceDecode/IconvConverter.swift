import Glibc

/// Conversion of legacy charsets to UTF-8 through glibc iconv.
///
/// Each call opens its own `iconv_t` (they are not thread-safe), so the type is safe to use
/// from any number of threads.
enum IconvConverter {
    /// Result of a conversion.
    struct Output {
        /// UTF-8 bytes.
        var bytes: [UInt8]
        /// Number of invalid or truncated sequences (each replaced by U+FFFD unless strict).
        var invalid: Int
        /// Byte offset (in the input) of the first invalid sequence.
        var firstInvalid: Int?
    }

    /// Whether iconv knows `name`.
    static func isSupported(_ name: String) -> Bool {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return false }
        iconv_close(cd)
        return true
    }

    /// Converts `input` from the iconv charset `from` to UTF-8.
    ///
    /// - Parameters:
    ///   - strict: stop at the first invalid sequence and return nil.
    /// - Returns: nil when the charset is unknown, or when `strict` and the input is invalid.
    static func convert(_ input: UnsafeBufferPointer<UInt8>, from: String, strict: Bool) -> Output? {
        let cd = iconv_open("UTF-8", from)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8]()
        out.reserveCapacity(input.count * 2 + 16)
        var invalid = 0
        var firstInvalid: Int?
        guard let base = input.baseAddress, input.count > 0 else { return Output(bytes: [], invalid: 0, firstInvalid: nil) }
        let chunk = 64 * 1024
        var scratch = [UInt8](repeating: 0, count: chunk)
        var offset = 0
        let total = input.count
        while offset < total {
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + offset)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = total - offset
            let status: Int = scratch.withUnsafeMutableBytes { raw -> Int in
                var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = chunk
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                let err = r == -1 ? errno : 0
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<(chunk - outLeft)]))
                return Int(err)
            }
            offset = total - inLeft
            if status == 0 || status == E2BIG { continue }
            // EILSEQ (invalid) or EINVAL (truncated at the end).
            if strict { return nil }
            invalid += 1
            if firstInvalid == nil { firstInvalid = offset }
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            if status == EINVAL { break }
            offset += 1
            // Reset the shift state after an error (stateful encodings such as ISO-2022-JP).
            _ = iconv(cd, nil, nil, nil, nil)
        }
        // Flush any pending shift state.
        var flush = [UInt8](repeating: 0, count: 16)
        flush.withUnsafeMutableBytes { raw in
            var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outLeft = 16
            _ = iconv(cd, nil, nil, &outPtr, &outLeft)
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<(16 - outLeft)]))
        }
        return Output(bytes: out, invalid: invalid, firstInvalid: firstInvalid)
    }

    /// Converts `input` from UTF-8 to the iconv charset `to`; nil when a character is not representable.
    static func encode(_ input: String, to: String) -> [UInt8]? {
        let cd = iconv_open(to, "UTF-8")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var src = Array(input.utf8)
        let capacity = src.count * 4 + 16
        var out = [UInt8](repeating: 0, count: capacity)
        let ok: Int? = src.withUnsafeMutableBytes { sraw in
            out.withUnsafeMutableBytes { oraw in
                var inPtr: UnsafeMutablePointer<CChar>? = sraw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = sraw.count
                var outPtr: UnsafeMutablePointer<CChar>? = oraw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = capacity
                if inLeft > 0 {
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    if r == -1 { return nil }
                }
                _ = iconv(cd, nil, nil, &outPtr, &outLeft)
                return capacity - outLeft
            }
        }
        guard let n = ok else { return nil }
        return Array(out[0..<n])
    }
}
