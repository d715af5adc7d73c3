import Foundation
import SluiceCore

/// Unicode normalization and character clean-up on UTF-8 bytes.
enum TextNormalizer {
    /// Options for ``clean(_:collapseWhitespace:foldPunctuation:)``.
    struct Options {
        var form: NormalizationForm
        var collapseWhitespace: Bool
        var foldPunctuation: Bool
    }

    /// Applies the full clean-up: line endings, control/zero-width removal, optional whitespace
    /// collapsing and punctuation folding, then Unicode normalization.
    static func normalize(_ text: String, options: Options) -> String {
        var result = cleanCharacters(text, collapseWhitespace: options.collapseWhitespace,
                                     foldPunctuation: options.foldPunctuation) ?? text
        switch options.form {
        case .none:
            break
        case .nfc:
            if !isQuickNFC(result) { result = result.precomposedStringWithCanonicalMapping }
        case .nfkc:
            if !isASCII(result) { result = result.precomposedStringWithCompatibilityMapping }
        }
        return result
    }

    /// Whether the text is pure ASCII.
    static func isASCII(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { UTF8Validation.isASCII($0) }
    }

    /// Conservative NFC quick check on UTF-8: true when every scalar is in a range that NFC
    /// leaves alone (no combining marks, no singletons, no conjoining jamo).
    static func isQuickNFC(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { p -> Bool in
            let n = p.count
            var i = 0
            guard let base = p.baseAddress else { return true }
            while i < n {
                while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                if i >= n { break }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                var v: UInt32
                var len: Int
                if b < 0xE0 { len = 2; v = UInt32(b & 0x1F) }
                else if b < 0xF0 { len = 3; v = UInt32(b & 0x0F) }
                else { len = 4; v = UInt32(b & 0x07) }
                if i + len > n { return false }
                for k in 1..<len { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
                i += len
                switch v {
                case 0x80..<0x300: continue
                case 0x370...0x482 where v != 0x374 && v != 0x37E && v != 0x387 && v != 0x385: continue
                case 0x48A...0x52F: continue
                case 0x5D0...0x5EA, 0x620...0x64A: continue
                case 0x2002...0x20CF, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x2328, 0x232B...0x2BFF: continue
                case 0x3000...0x3098, 0x309D...0x30FF, 0x3100...0x33FF: continue
                case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFFEF: continue
                case 0x1F000...0x1FAFF: continue
                default: return false
                }
            }
            return true
        }
    }

    /// Removes controls and zero-width characters, normalizes line endings, and optionally collapses
    /// whitespace and folds punctuation. Returns nil when nothing changes.
    static func cleanCharacters(_ text: String, collapseWhitespace: Bool, foldPunctuation: Bool) -> String? {
        var t = text
        return t.withUTF8 { p -> String? in
            guard needsCleaning(p, collapseWhitespace: collapseWhitespace, foldPunctuation: foldPunctuation) else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(p.count)
            var i = 0
            let n = p.count
            var pendingSpace = false
            var newlines = 0
            func emitNewline() {
                if collapseWhitespace {
                    pendingSpace = false
                    // Trim trailing spaces/tabs before a newline.
                    while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
                    newlines += 1
                    if newlines <= 2 { out.append(0x0A) }
                } else {
                    out.append(0x0A)
                }
            }
            func emitSpace() {
                if collapseWhitespace { pendingSpace = true } else { out.append(0x20) }
            }
            func emit(_ byte: UInt8) {
                if collapseWhitespace {
                    if pendingSpace, newlines == 0, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    newlines = 0
                }
                out.append(byte)
            }
            let base = p.baseAddress!
            while i < n {
                if !collapseWhitespace {
                    // Bulk-copy runs of printable ASCII.
                    let runStart = i
                    i = Self.printableASCIIPrefixEnd(base, from: i, to: n)
                    if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i])) }
                    if i >= n { break }
                }
                let b = p[i]
                if b < 0x80 {
                    i += 1
                    switch b {
                    case 0x0A: emitNewline()
                    case 0x0D:
                        if i < n, p[i] == 0x0A { i += 1 }
                        emitNewline()
                    case 0x09:
                        if collapseWhitespace { emitSpace() } else { out.append(0x09) }
                    case 0x20:
                        if collapseWhitespace { emitSpace() } else { out.append(0x20) }
                    case 0x0B, 0x0C:
                        emitNewline()
                    case 0..<0x20, 0x7F:
                        break // control: drop
                    default:
                        emit(b)
                    }
                    continue
                }
                let len = b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4)
                guard i + len <= n else { emit(b); i += 1; continue }
                var v = UInt32(b) & (len == 2 ? 0x1F : (len == 3 ? 0x0F : 0x07))
                for k in 1..<len { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
                let seqStart = i
                i += len
                switch v {
                case 0x80...0x9F, 0xAD, 0x200B, 0x2060, 0xFEFF, 0x180E:
                    continue // C1 control, soft hyphen, zero-width space, word joiner, BOM
                case 0x2028, 0x2029, 0x85:
                    emitNewline()
                    continue
                case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    if collapseWhitespace { emitSpace(); continue }
                case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
                    if foldPunctuation { emit(0x27); continue }
                case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                    if foldPunctuation { emit(0x22); continue }
                case 0x2010...0x2015, 0x2212:
                    if foldPunctuation { emit(0x2D); continue }
                default:
                    break
                }
                if collapseWhitespace {
                    if pendingSpace, newlines == 0, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    newlines = 0
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[seqStart..<(seqStart + len)]))
            }
            if collapseWhitespace {
                while let last = out.last, last == 0x20 || last == 0x0A { out.removeLast() }
                var start = 0
                while start < out.count, out[start] == 0x20 || out[start] == 0x0A { start += 1 }
                if start > 0 { out.removeFirst(start) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Fast scan: does any byte need work?
    private static func needsCleaning(_ p: UnsafeBufferPointer<UInt8>, collapseWhitespace: Bool, foldPunctuation: Bool) -> Bool {
        let n = p.count
        var i = 0
        var prevSpace = false
        guard n > 0 else { return false }
        if collapseWhitespace, p[0] == 0x20 || p[0] == 0x0A || p[n - 1] == 0x20 || p[n - 1] == 0x0A { return true }
        let base = p.baseAddress!
        while i < n {
            if !collapseWhitespace {
                i = Self.printableASCIIPrefixEnd(base, from: i, to: n)
                if i >= n { break }
            }
            let b = p[i]
            if b >= 0x20 && b < 0x7F {
                if collapseWhitespace && b == 0x20 {
                    if prevSpace { return true }
                    prevSpace = true
                } else {
                    prevSpace = false
                }
                i += 1
                continue
            }
            if b == 0x0A {
                if collapseWhitespace, prevSpace || (i + 2 < n && p[i + 1] == 0x0A && p[i + 2] == 0x0A) { return true }
                prevSpace = false
                i += 1
                continue
            }
            if b < 0x80 { return true } // \r, \t, other controls, DEL
            prevSpace = false
            if b == 0xC2, i + 1 < n {
                let t = p[i + 1]
                if t <= 0x9F || t == 0xAD || (collapseWhitespace && t == 0xA0) { return true } // C1, soft hyphen, NBSP
            }
            if b == 0xE2, i + 2 < n {
                let s = p[i + 1], t = p[i + 2]
                if s == 0x80 {
                    if t == 0x8B || t == 0xA8 || t == 0xA9 { return true }                 // ZWSP, LS, PS
                    if collapseWhitespace, t <= 0x8A || t == 0xAF { return true }          // spaces
                    if foldPunctuation, (t >= 0x90 && t <= 0x9F) || t == 0xB2 || t == 0xB3 { return true }
                } else if s == 0x81 {
                    if t == 0xA0 || (collapseWhitespace && t == 0x9F) { return true }
                } else if s == 0x88, foldPunctuation, t == 0x92 {
                    return true
                }
            }
            if b == 0xEF, i + 2 < n, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return true }
            if b == 0xE3, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x80 { return true }
            if b == 0xE1, i + 2 < n, p[i + 1] == 0xA0, p[i + 2] == 0x8E { return true }
            i += 1
        }
        return false
    }
}

extension TextNormalizer {
    /// Skips printable ASCII (0x20...0x7E) 8 bytes at a time from `i`: returns the first position whose 8-byte
    /// word holds any other byte (or where fewer than 8 bytes remain), for the byte-wise loop to take over.
    @inline(__always)
    static func printableASCIIPrefixEnd(_ base: UnsafePointer<UInt8>, from start: Int, to n: Int) -> Int {
        var i = start
        while i + 8 <= n {
            let w = ByteWords.load(base + i)
            // Below 0x20, or 0x7F and above (0x7F + 1 sets the high bit).
            let high = ((w &+ 0x0101_0101_0101_0101) | w) & 0x8080_8080_8080_8080
            if ByteWords.firstBelow(w, 0x20) | high != 0 { break }
            i += 8
        }
        return i
    }
}
