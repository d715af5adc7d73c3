import SluiceCore

/// Turns bytes into a Swift string: override, BOM, declaration, UTF-8 fast path, detection.
enum CharsetDecoding {
    /// The outcome of charset resolution and conversion.
    struct Output {
        var text: String
        var charset: String
        var source: CharsetSource
        var invalid: Int
        var firstInvalid: Int?
    }

    /// Decodes `p`. `declared` is a label from metadata or the document itself.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, override: String?, declared: String?,
                       sniffHTMLDeclaration: Bool) throws(DecodeFailure) -> Output {
        if let override {
            guard let entry = CharsetRegistry.lookup(override) else { throw .unknownEncoding(override) }
            var body = p
            if let bom = ByteOrderMark.detect(p), bom.charset == entry.name {
                body = UnsafeBufferPointer(rebasing: p[bom.length...])
            }
            return try convert(body, entry: entry, source: .override)
        }
        if let bom = ByteOrderMark.detect(p) {
            let body = UnsafeBufferPointer(rebasing: p[bom.length...])
            return try convert(body, entry: CharsetRegistry.lookup(bom.charset)!, source: .bom)
        }
        if let utf16 = BinarySniffer.bomlessUTF16(p) {
            return try convert(p, entry: CharsetRegistry.lookup(utf16)!, source: .detected)
        }
        // Valid UTF-8 (the common case) wins over a legacy declaration: random legacy bytes are
        // almost never valid UTF-8, while pages that declare Latin-1 but send UTF-8 are common.
        let valid = UTF8Validation.isValid(p)
        let ascii = valid && UTF8Validation.isASCII(p)
        if valid && !ascii {
            return Output(text: String(decoding: p, as: UTF8.self), charset: "utf-8", source: .utf8, invalid: 0, firstInvalid: nil)
        }
        if ascii {
            if let jis = CharsetDetector.looksLikeISO2022JP(p) {
                return try convert(p, entry: CharsetRegistry.lookup(jis.name)!, source: .detected)
            }
            return Output(text: String(decoding: p, as: UTF8.self), charset: "utf-8", source: .utf8, invalid: 0, firstInvalid: nil)
        }
        var label = declared
        if label == nil, sniffHTMLDeclaration { label = CharsetDeclarationSniffer.declaredCharset(p) }
        if let label, var entry = CharsetRegistry.lookup(label) {
            // WHATWG: a UTF-16 declaration inside an ASCII-compatible document means UTF-8.
            if entry.name.hasPrefix("utf-16") || entry.name.hasPrefix("utf-32") { entry = CharsetRegistry.lookup("utf-8")! }
            if entry.name == "utf-8" {
                let (count, _) = UTF8Validation.countInvalid(p)
                if count * 200 <= p.count { return try convert(p, entry: entry, source: .declared) }
            } else if let iconvName = entry.iconvName,
                      let out = IconvConverter.convert(UnsafeBufferPointer(rebasing: p[0..<min(p.count, CharsetDetector.sampleLimit)]),
                                                       from: iconvName, strict: false),
                      out.invalid * 200 <= min(p.count, CharsetDetector.sampleLimit) {
                return try convert(p, entry: entry, source: .declared)
            }
        }
        // Mostly UTF-8 with a few bad bytes: keep UTF-8 and replace.
        let (badCount, _) = UTF8Validation.countInvalid(UnsafeBufferPointer(rebasing: p[0..<min(p.count, CharsetDetector.sampleLimit)]))
        let nonASCII = countNonASCII(UnsafeBufferPointer(rebasing: p[0..<min(p.count, CharsetDetector.sampleLimit)]))
        if badCount * 20 < nonASCII, nonASCII >= 40 {
            return try convert(p, entry: CharsetRegistry.lookup("utf-8")!, source: .detected)
        }
        let detected = CharsetDetector.detect(p)
        let entry = CharsetRegistry.Entry(name: detected.name, iconvName: detected.iconvName, labels: [])
        return try convert(p, entry: entry, source: .detected)
    }

    private static func countNonASCII(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in p where b >= 0x80 { n += 1 }
        return n
    }

    /// Converts with a known charset, counting invalid sequences.
    static func convert(_ p: UnsafeBufferPointer<UInt8>, entry: CharsetRegistry.Entry,
                        source: CharsetSource) throws(DecodeFailure) -> Output {
        guard let iconvName = entry.iconvName else {
            let r = UTF8Validation.decodeLossy(p)
            return Output(text: r.text, charset: entry.name, source: source, invalid: r.invalid, firstInvalid: r.first)
        }
        guard let out = IconvConverter.convert(p, from: iconvName, strict: false) else {
            throw .unknownEncoding(entry.name)
        }
        return Output(text: String(decoding: out.bytes, as: UTF8.self), charset: entry.name, source: source,
                      invalid: out.invalid, firstInvalid: out.firstInvalid)
    }
}
