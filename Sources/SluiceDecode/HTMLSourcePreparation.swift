/// Byte-level fixes applied to HTML markup before libxml2 parses it, where libxml2 2.9 differs
/// from browsers (HTML Living Standard):
/// - legacy character references without `;` (`&copy 2024`, `&nbsp`, `&#233 `) get their `;`;
/// - `<![CDATA[...]]>` outside foreign content is a bogus comment, so it becomes `<!--...-->`.
enum HTMLSourcePreparation {
    /// Returns the prepared markup, or nil when nothing needs changing.
    static func prepare(_ html: String) -> String? {
        var source = html
        return source.withUTF8 { p -> String? in
            guard p.firstIndex(of: 0x26) != nil || containsCDATA(p) else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(p.count + 64)
            var changed = false
            var i = 0
            let n = p.count
            let cdataOpen = Array("<![CDATA[".utf8)
            while i < n {
                let b = p[i]
                if b == 0x3C, matches(p, i, cdataOpen) {
                    out.append(contentsOf: Array("<!--[CDATA[".utf8))
                    i += cdataOpen.count
                    while i < n, !(p[i] == 0x5D && i + 2 < n && p[i + 1] == 0x5D && p[i + 2] == 0x3E) {
                        // "--" inside a comment is harmless for libxml2's HTML parser; keep bytes.
                        out.append(p[i])
                        i += 1
                    }
                    if i < n { out.append(contentsOf: Array("]]-->".utf8)); i += 3 }
                    changed = true
                    continue
                }
                out.append(b)
                i += 1
                guard b == 0x26, i < n else { continue }
                if p[i] == 0x23 {
                    // Numeric: &#NNN or &#xHHH not followed by ';'.
                    var j = i + 1
                    var hex = false
                    if j < n, p[j] | 0x20 == 0x78 { hex = true; j += 1 }
                    let digits = j
                    while j < n, isDigit(p[j], hex: hex) { j += 1 }
                    if j > digits, j - digits <= 8, !(j < n && p[j] == 0x3B) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                        out.append(0x3B)
                        i = j
                        changed = true
                    }
                    continue
                }
                var end = i
                while end < n, end - i < HTMLEntities.maxNameLength, isAlnum(p[end]) { end += 1 }
                if end == i { continue }
                if end < n, p[end] == 0x3B {
                    let full = String(decoding: UnsafeBufferPointer(rebasing: p[i...end]), as: UTF8.self)
                    if HTMLEntities.table[full] != nil { continue }
                }
                var length = end - i
                while length >= 2 {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: p[i..<(i + length)]), as: UTF8.self)
                    if HTMLEntities.table[name] != nil, HTMLEntities.table[name + ";"] != nil {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                        out.append(0x3B)
                        i += length
                        changed = true
                        break
                    }
                    length -= 1
                }
            }
            return changed ? String(decoding: out, as: UTF8.self) : nil
        }
    }

    private static func containsCDATA(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Array("<![CDATA[".utf8)
        var i = 0
        while i + needle.count <= p.count {
            if p[i] == 0x3C, matches(p, i, needle) { return true }
            i += 1
        }
        return false
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
