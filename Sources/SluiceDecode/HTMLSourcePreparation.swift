import CLibXML2

/// Byte-level fixes applied to HTML markup before libxml2 parses it, where libxml2 2.9 differs
/// from browsers (HTML Living Standard):
/// - character references libxml2 gets wrong become numeric references it reads right: legacy forms without
///   `;` (`&copy 2024`, `&nbsp`, `&#233 `), HTML5 names that libxml2's HTML 4 table lacks (`&Afr;`,
///   `&NewLine;`), and numeric references the standard remaps (`&#128;` → €, `&#0;` → U+FFFD);
/// - `<![CDATA[...]]>` outside foreign content is a bogus comment, so it becomes `<!--...-->`.
enum HTMLSourcePreparation {
    /// Returns the prepared markup, or nil when nothing needs changing (then nothing is copied).
    static func prepare(_ html: String) -> String? {
        var source = html
        return source.withUTF8 { p -> String? in
            let n = p.count
            var out = [UInt8]()
            var copied = 0  // p[..<copied] is already in `out`
            var changed = false
            var i = 0
            while i < n {
                let b = p[i]
                if b == 0x3C, i + 2 < n, p[i + 1] == 0x21, p[i + 2] == 0x5B, matches(p, i, cdataOpen) {
                    if !changed { out.reserveCapacity(n + 64); changed = true }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<i]))
                    out.append(contentsOf: commentOpen)
                    i += cdataOpen.count
                    let bodyStart = i
                    // "--" inside a comment is harmless for libxml2's HTML parser; keep bytes.
                    while i < n, !(p[i] == 0x5D && i + 2 < n && p[i + 1] == 0x5D && p[i + 2] == 0x3E) { i += 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[bodyStart..<i]))
                    if i < n { out.append(contentsOf: commentClose); i += 3 }
                    copied = i
                    continue
                }
                i += 1
                guard b == 0x26, i < n else { continue }
                if let (length, replacement) = rewrite(p, at: i) {
                    if !changed { out.reserveCapacity(n + 64); changed = true }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<(i - 1)]))
                    out.append(contentsOf: replacement)
                    i += length
                    copied = i
                }
            }
            guard changed else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let commentOpen = Array("<!--[CDATA[".utf8)
    private static let commentClose = Array("]]-->".utf8)

    /// For a character reference whose name or digits start at `i` (after `&`) that libxml2 would read
    /// differently from the standard: the bytes it spans after `&` and numeric references to put instead.
    private static func rewrite(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, [UInt8])? {
        let n = p.count
        if p[i] == 0x23 {
            var j = i + 1
            var hex = false
            if j < n, p[j] | 0x20 == 0x78 { hex = true; j += 1 }
            let digits = j
            var value: UInt64 = 0
            while j < n, isDigit(p[j], hex: hex) {
                value = min(value * (hex ? 16 : 10) + UInt64(hexValue(p[j])), 0x11_0000)
                j += 1
            }
            guard j > digits else { return (0, ampersand) }  // "&#" without digits is text, not a reference
            let terminated = j < n && p[j] == 0x3B
            let mapped = standardCodePoint(value)
            if terminated && mapped == value { return nil }
            return ((terminated ? j + 1 : j) - i, numericReference(mapped))
        }
        var end = i
        while end < n, end - i < HTMLEntities.maxNameLength, isAlnum(p[end]) { end += 1 }
        if end == i { return nil }
        if end < n, p[end] == 0x3B, withSemicolon.contains(hash(p, i, end + 1)) {
            if knownToLibxml.contains(hash(p, i, end)) { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[i...end]), as: UTF8.self)
            guard let value = HTMLEntities.table[name] else { return nil }
            return (end + 1 - i, value.unicodeScalars.flatMap { numericReference(UInt64($0.value)) })
        }
        let length = legacyNameLength(p, from: i, nameEnd: end)
        guard length > 0 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[i..<(i + length)]), as: UTF8.self)
        guard let value = HTMLEntities.table[name] else { return nil }
        return (length, value.unicodeScalars.flatMap { numericReference(UInt64($0.value)) })
    }

    /// The code point the standard gives a numeric reference (C1 remap; U+FFFD for NUL, surrogates, too large).
    private static func standardCodePoint(_ v: UInt64) -> UInt64 {
        if v == 0 || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return 0xFFFD }
        if (0x80...0x9F).contains(v), HTMLEntities.c1Remap[Int(v - 0x80)] != 0 { return UInt64(HTMLEntities.c1Remap[Int(v - 0x80)]) }
        return v
    }

    private static func numericReference(_ v: UInt64) -> [UInt8] {
        Array("&#x\(String(v, radix: 16));".utf8)
    }

    @inline(__always) private static func hexValue(_ b: UInt8) -> UInt8 {
        b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10
    }

    private static let ampersand = Array("&amp;".utf8)

    /// Hashes of the names (without `;`) libxml2's HTML parser decodes itself, to the standard's character
    /// (its HTML 4 table maps `lang`/`rang` to other brackets than the standard's, so those are rewritten too).
    private static let knownToLibxml: Set<UInt64> = Set(HTMLEntities.table.compactMap { key, value in
        guard key.hasSuffix(";") else { return nil }
        let name = String(key.dropLast())
        guard let entity = htmlEntityLookup(name), let scalar = value.unicodeScalars.first, value.unicodeScalars.count == 1,
              entity.pointee.value == scalar.value else { return nil }
        return hash(name)
    })

    /// For a named reference without its `;` whose name starts at `i` (after `&`) and whose alphanumeric run ends at
    /// `nameEnd`: the length of the longest legacy name (valid without `;`) that begins the run, else 0.
    private static func legacyNameLength(_ p: UnsafeBufferPointer<UInt8>, from i: Int, nameEnd end: Int) -> Int {
        var length = end - i
        while length >= 2 {
            if legacy.contains(hash(p, i, i + length)) {
                // Confirm with the table (hash hits are rare: only real legacy references).
                let name = String(decoding: UnsafeBufferPointer(rebasing: p[i..<(i + length)]), as: UTF8.self)
                if HTMLEntities.table[name] != nil, HTMLEntities.table[name + ";"] != nil { return length }
            }
            length -= 1
        }
        return 0
    }

    /// Hashes of the reference names that end with `;`.
    private static let withSemicolon: Set<UInt64> = Set(HTMLEntities.table.keys.filter { $0.hasSuffix(";") }.map(hash))
    /// Hashes of the legacy names (valid without `;`, and with it).
    private static let legacy: Set<UInt64> = Set(HTMLEntities.table.keys
        .filter { !$0.hasSuffix(";") && HTMLEntities.table[$0 + ";"] != nil }.map(hash))

    private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @inline(__always) private static func hash(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in lo..<hi { h = (h ^ UInt64(p[k])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @inline(__always) private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ needle: [UInt8]) -> Bool {
        guard i + needle.count <= p.count else { return false }
        for k in 0..<needle.count where p[i + k] != needle[k] { return false }
        return true
    }

    @inline(__always) private static func isDigit(_ b: UInt8, hex: Bool) -> Bool {
        (b >= 0x30 && b <= 0x39) || (hex && b | 0x20 >= 0x61 && b | 0x20 <= 0x66)
    }

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }
}
