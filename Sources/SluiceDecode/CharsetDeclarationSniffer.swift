/// Finds a charset declared inside a document: `<meta charset>`, `<meta http-equiv="Content-Type"
/// content="...; charset=...">`, or an XML declaration's `encoding`.
enum CharsetDeclarationSniffer {
    /// How many leading bytes are scanned.
    static let scanLimit = 8192

    /// The declared label, if any (not yet resolved).
    static func declaredCharset(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let n = min(p.count, scanLimit)
        // XML declaration.
        if n > 5, p[0] == 0x3C, p[1] == 0x3F, lower(p[2]) == 0x78, lower(p[3]) == 0x6D, lower(p[4]) == 0x6C {
            var end = 5
            while end < n, p[end] != 0x3E { end += 1 }
            if let v = attributeValue(p, from: 5, to: end, name: Array("encoding".utf8)) { return v }
        }
        var i = 0
        while i + 5 < n {
            if p[i] == 0x3C, p[i + 1] == 0x21, i + 3 < n, p[i + 2] == 0x2D, p[i + 3] == 0x2D {
                // Skip comments.
                var j = i + 4
                while j + 2 < n, !(p[j] == 0x2D && p[j + 1] == 0x2D && p[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            if p[i] == 0x3C, lower(p[i + 1]) == 0x6D, lower(p[i + 2]) == 0x65, lower(p[i + 3]) == 0x74,
               lower(p[i + 4]) == 0x61, isSpaceOrSlash(p[i + 5]) {
                var end = i + 5
                while end < n, p[end] != 0x3E { end += 1 }
                if let v = attributeValue(p, from: i + 5, to: end, name: Array("charset".utf8)) {
                    return v
                }
                if let equiv = attributeValue(p, from: i + 5, to: end, name: Array("http-equiv".utf8)),
                   equiv.lowercased() == "content-type",
                   let content = attributeValue(p, from: i + 5, to: end, name: Array("content".utf8)) {
                    if let v = charsetFromContentType(content) { return v }
                }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    /// Extracts `charset=` from a Content-Type value.
    static func charsetFromContentType(_ value: String) -> String? {
        let lowered = Array(value.lowercased().utf8)
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count <= lowered.count {
            if Array(lowered[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < lowered.count, lowered[j] == 0x20 { j += 1 }
                guard j < lowered.count, lowered[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < lowered.count, lowered[j] == 0x20 || lowered[j] == 0x22 || lowered[j] == 0x27 { j += 1 }
                var k = j
                while k < lowered.count, lowered[k] != 0x3B, lowered[k] != 0x20, lowered[k] != 0x22, lowered[k] != 0x27 { k += 1 }
                if k > j { return String(decoding: lowered[j..<k], as: UTF8.self) }
                return nil
            }
            i += 1
        }
        return nil
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) private static func isSpaceOrSlash(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F
    }

    /// Parses `name=value` attributes between `from` and `to` and returns the value of `name`.
    private static func attributeValue(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, name: [UInt8]) -> String? {
        var i = from
        while i < to {
            while i < to, isSpaceOrSlash(p[i]) { i += 1 }
            let nameStart = i
            while i < to, !isSpaceOrSlash(p[i]), p[i] != 0x3D { i += 1 }
            let nameEnd = i
            while i < to, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
            var valueStart = i, valueEnd = i
            if i < to, p[i] == 0x3D {
                i += 1
                while i < to, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
                if i < to, p[i] == 0x22 || p[i] == 0x27 {
                    let quote = p[i]
                    i += 1
                    valueStart = i
                    while i < to, p[i] != quote { i += 1 }
                    valueEnd = i
                    i += 1
                } else {
                    valueStart = i
                    while i < to, !isSpaceOrSlash(p[i]) || p[i] == 0x2F { if p[i] == 0x20 { break }; i += 1 }
                    valueEnd = i
                }
            }
            if nameEnd - nameStart == name.count {
                var same = true
                for k in 0..<name.count where lower(p[nameStart + k]) != name[k] { same = false; break }
                if same { return String(decoding: UnsafeBufferPointer(rebasing: p[valueStart..<valueEnd]), as: UTF8.self) }
            }
            if nameEnd == nameStart, valueEnd == valueStart { i += 1 }
        }
        return nil
    }
}
