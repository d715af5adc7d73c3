import SluiceCore

/// Decoding of HTML character references (`&amp;`, `&#233;`, `&#x1F600;`, legacy `&copy`).
///
/// ``decode(_:)`` follows the HTML Living Standard for text content: longest match against the
/// WHATWG table (legacy names without `;` included), numeric references with the windows-1252
/// remap for 0x80–0x9F, and U+FFFD for NUL, surrogates and values beyond U+10FFFF.
public enum HTMLEntities {
    /// Name (with `;` where the table has it) → replacement text.
    static let table: [String: String] = {
        var map = [String: String](minimumCapacity: HTMLEntityTable.count)
        for record in HTMLEntityTable.packed.split(separator: "\u{2}", omittingEmptySubsequences: true) {
            let parts = record.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { map[String(parts[0])] = String(parts[1]) }
        }
        return map
    }()

    /// Longest name in the table, in bytes.
    static let maxNameLength: Int = table.keys.map(\.utf8.count).max() ?? 32

    /// Windows-1252 meanings of numeric references 0x80...0x9F (0 = keep the code point).
    static let c1Remap: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Decodes every character reference as an HTML parser does in text content.
    public static func decode(_ text: String) -> String {
        let r = decode(text, requireSemicolon: false, unescapeDoubleEscaped: false)
        return r.changed ? r.text : text
    }

    /// Decodes character references in plain text (e.g. a JSON field that held HTML).
    ///
    /// - Parameters:
    ///   - requireSemicolon: only decode references that end in `;` (safer for plain text:
    ///     `AT&T` and `&copy2019` stay as they are).
    ///   - unescapeDoubleEscaped: also decode `&amp;name;` to the character (`&amp;nbsp;` → NBSP).
    /// - Returns: the decoded text and true, or an empty string and false when nothing changed.
    static func decode(_ text: String, requireSemicolon: Bool, unescapeDoubleEscaped: Bool) -> (text: String, changed: Bool) {
        var text = text
        return text.withUTF8 { p -> (String, Bool) in
            let firstAmp = ByteWords.firstIndex(of: 0x26, in: p)
            guard firstAmp < p.count else { return ("", false) }
            var out = [UInt8]()
            out.reserveCapacity(p.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<firstAmp]))
            var i = firstAmp
            var changed = false
            let n = p.count
            while i < n {
                let b = p[i]
                if b != 0x26 {
                    // Copy up to the next '&' in one go.
                    let j = ByteWords.firstIndex(of: 0x26, in: p, from: i + 1)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    i = j
                    continue
                }
                if let (replacement, length) = reference(p, at: i, requireSemicolon: requireSemicolon) {
                    var consumed = length
                    var rep = replacement
                    if unescapeDoubleEscaped, rep == [0x26],
                       let (inner, innerLength) = reference(p, at: i + length - 1, requireSemicolon: true, afterAmpEscape: true) {
                        rep = inner
                        consumed = length - 1 + innerLength
                    }
                    out.append(contentsOf: rep)
                    i += consumed
                    changed = true
                } else {
                    out.append(b)
                    i += 1
                }
            }
            return changed ? (String(decoding: out, as: UTF8.self), true) : ("", false)
        }
    }

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// Parses a reference at `i` (which holds `&`). Returns the UTF-8 replacement and the number of
    /// bytes consumed, or nil when there is no reference. With `afterAmpEscape`, `i` points at the
    /// `;` of `&amp;` and the reference starts right after it.
    private static func reference(_ p: UnsafeBufferPointer<UInt8>, at i: Int, requireSemicolon: Bool,
                                  afterAmpEscape: Bool = false) -> ([UInt8], Int)? {
        let n = p.count
        let start = i + 1
        guard start < n else { return nil }
        if p[start] == 0x23 { // '#'
            var j = start + 1
            var hex = false
            if j < n, p[j] | 0x20 == 0x78 { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            var overflow = false
            while j < n {
                let c = p[j]
                let d: UInt32
                if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) }
                else if hex, c | 0x20 >= 0x61, c | 0x20 <= 0x66 { d = UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                if !overflow {
                    let (m, o1) = value.multipliedReportingOverflow(by: hex ? 16 : 10)
                    let (s, o2) = m.addingReportingOverflow(d)
                    if o1 || o2 || s > 0x10FFFF { overflow = true } else { value = s }
                }
                j += 1
            }
            if j == digitsStart { return nil }
            if j < n, p[j] == 0x3B { j += 1 } else if requireSemicolon { return nil }
            var v = overflow ? 0xFFFD : value
            if v == 0 || (v >= 0xD800 && v <= 0xDFFF) { v = 0xFFFD }
            if v >= 0x80, v <= 0x9F, c1Remap[Int(v - 0x80)] != 0 { v = c1Remap[Int(v - 0x80)] }
            return (Array(String(Unicode.Scalar(v) ?? "\u{FFFD}").utf8), j - i)
        }
        // Named reference: longest match.
        var end = start
        let limit = min(n, start + maxNameLength)
        while end < limit, isAlnum(p[end]) { end += 1 }
        if end == start { return nil }
        let hasSemicolon = end < n && p[end] == 0x3B
        var length = end - start
        if hasSemicolon {
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[start...end]), as: UTF8.self)
            if let value = table[name] { return (Array(value.utf8), end + 1 - i) }
        }
        if requireSemicolon { return nil }
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[start..<(start + length)]), as: UTF8.self)
            if let value = table[name] { return (Array(value.utf8), length + 1) }
            length -= 1
        }
        return nil
    }
}
