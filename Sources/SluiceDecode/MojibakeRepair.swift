import SluiceCore

/// Repairs text that was UTF-8 but got decoded as a single-byte charset (once or several times),
/// such as `CafÃ©` → `Café` or `donâ€™t` → `don’t`.
///
/// A repair is applied only when the whole text re-encodes to the candidate charset, the bytes
/// form UTF-8 (allowing U+FFFD for lost bytes, CESU-8 surrogate pairs and `Ã` + space for `à`),
/// every recovered character is plausible, and the evidence adds up to at least one clear
/// mojibake sequence. Clean text therefore stays untouched.
enum MojibakeRepair {
    /// Byte that stands for U+FFFD while re-encoding.
    private static let lostByteMarker: UInt8 = 0x1A

    /// Returns the repaired text, or nil when nothing was changed.
    static func repair(_ text: String) -> String? {
        var current = text
        var changed = false
        for _ in 0..<4 {
            guard mayContainMojibake(current) else { break }
            guard let fixed = repairOnce(current) else { break }
            current = fixed
            changed = true
        }
        if let c1 = fixC1Controls(current) {
            current = c1
            changed = true
        }
        return changed ? current : nil
    }

    /// Cheap gate on UTF-8 bytes: is there a non-ASCII character in U+0080–U+04FF or
    /// U+2000–U+25FF directly followed by another such character (or `Ã`/`Г` by a space)?
    static func mayContainMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { p -> Bool in
            guard p.count > 0 else { return false }
            var prevCandidate = false
            var prevLeadSpace = false
            var i = 0
            let n = p.count
            let base = p.baseAddress!
            while i < n {
                if !prevLeadSpace {
                    while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        prevCandidate = false
                    }
                    if i >= n { break }
                }
                let b = p[i]
                if b < 0x80 {
                    if b == 0x20, prevLeadSpace { return true }
                    prevCandidate = false
                    prevLeadSpace = false
                    i += 1
                    continue
                }
                var len = 1
                var v: UInt32 = 0
                if b < 0xE0, i + 1 < n { len = 2; v = (UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F) }
                else if b < 0xF0, i + 2 < n { len = 3; v = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F) }
                else { len = min(4, n - i); v = 0x10000 }
                let candidate = (v >= 0x80 && v <= 0x4FF) || (v >= 0x2000 && v <= 0x25FF) || v == 0xFFFD
                if candidate, prevCandidate { return true }
                prevCandidate = candidate
                prevLeadSpace = v == 0xC3 || v == 0x413
                i += len
            }
            return false
        }
    }

    /// One repair pass over all candidate codecs; nil when none applies. When several codecs
    /// work, the one needing the fewest Latin-1 aliases wins (then the list order).
    private static func repairOnce(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.lazy.map(\.value))
        var best: (text: String, aliases: Int)?
        for codec in SingleByteCodec.mojibakeCodecs {
            guard let (bytes, aliasCount) = encode(scalars, codec) else { continue }
            if let b = best, aliasCount >= b.aliases { continue }
            if let fixed = decodeWithEvidence(bytes, original: scalars, partial: false) {
                best = (fixed, aliasCount)
                if aliasCount == 0 { break }
            }
        }
        if let best { return best.text }
        // Inconsistent mojibake: fix only strong (3- and 4-byte) sequences, windows-1252 only.
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count)
        let codec = SingleByteCodec.mojibakeCodecs[0]
        for v in scalars {
            if v == 0xFFFD { bytes.append(lostByteMarker) } else { bytes.append(codec.byte(for: v) ?? unencodable) }
        }
        return decodeWithEvidence(bytes, original: scalars, partial: true)
    }

    /// Byte standing for a character the codec cannot encode (partial mode only).
    private static let unencodable: UInt8 = 0x1B

    /// Encodes scalars with `codec`; nil if some character is not representable.
    private static func encode(_ scalars: [UInt32], _ codec: SingleByteCodec) -> ([UInt8], Int)? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count)
        var aliasCount = 0
        for v in scalars {
            if v == 0xFFFD { bytes.append(lostByteMarker); continue }
            guard let b = codec.byte(for: v) else { return nil }
            if v >= 0x80, v <= 0x9F, codec.aliases.contains(v) { aliasCount += 1 }
            bytes.append(b)
        }
        return (bytes, aliasCount)
    }

    @inline(__always) private static func isLetter(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always) private static func isLower(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isLowercase
    }

    @inline(__always) private static func isUpper(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }

    /// Plausibility of a recovered character: nil = implausible (reject the repair),
    /// otherwise a multiplier for the evidence.
    private static func plausibility(_ v: UInt32) -> Double? {
        switch v {
        case 0x80...0x9F: return 0                         // C1 controls (double mojibake): neutral
        case 0xA0...0x17F: return 1                        // Latin-1, Latin Extended-A
        case 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1CD...0x1DC, 0x218...0x21B: return 1 // Vietnamese, pinyin, Romanian
        case 0x180...0x24F: return nil                     // rest of Latin Extended-B
        case 0x2C6...0x2DD: return 0                       // spacing diacritics (˛ ˘ ˙): neutral
        case 0x250...0x2FF: return nil                     // IPA, modifier letters
        case 0x300...0x36F: return 0                       // combining marks: neutral
        case 0x370...0x3FF: return 1                       // Greek
        case 0x400...0x4FF: return 1                       // Cyrillic
        case 0x5D0...0x5EA: return 0.5                     // Hebrew letters (need company)
        case 0x620...0x64A: return 0.5                     // Arabic letters (need company)
        case 0x900...0xDFF, 0xE00...0xE7F: return 1        // Indic, Thai
        case 0x1E00...0x1EFF: return 1                     // Latin Extended Additional (Vietnamese)
        case 0x2000...0x206F: return 1                     // general punctuation
        case 0x20A0...0x20CF, 0x2100...0x27BF, 0x2B00...0x2BFF: return 1 // symbols, arrows, dingbats
        case 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF: return 0.5 // CJK, Hangul (need company)
        case 0xFE00...0xFE0F: return 1                     // variation selectors (emoji)
        case 0xFF00...0xFFEF: return 0.5
        case 0xFFFD: return 1
        case 0x1F000...0x1FAFF: return 1                   // emoji
        default: return nil
        }
    }

    /// Whether the bytes after a "Ã " at `i` form a Portuguese word where à is attached
    /// (às, àquele, àquela, àquilo) or a double space.
    private static func attachedAGrave(_ bytes: [UInt8], _ i: Int) -> Bool {
        let rest = bytes[(i + 2)...].prefix(5)
        if rest.first == 0x20 { return true }
        if rest.starts(with: [0x73, 0x20]) || rest.count == 1 && rest.first == 0x73 { return true }
        for w in ["quele", "quela", "quilo"] where rest.starts(with: Array(w.utf8)) { return true }
        return false
    }

    /// Decodes `bytes` as (sloppy) UTF-8 and weighs the evidence; nil when invalid or unconvincing.
    /// In `partial` mode invalid bytes keep their original character and only strong sequences
    /// (3–4 bytes, plausible on their own) are decoded.
    private static func decodeWithEvidence(_ bytes: [UInt8], original: [UInt32], partial: Bool) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var evidence = 0.0
        var i = 0
        let n = bytes.count
        var sequences = 0
        var lastScriptRun: (end: Int, weight: Double)?   // for "need company" scripts
        func keepOriginal(_ index: Int) {
            out.append(contentsOf: String(Unicode.Scalar(original[index]) ?? "\u{FFFD}").utf8)
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if partial { keepOriginal(i) }
                else if b == lostByteMarker { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                else { out.append(b) }
                i += 1
                continue
            }
            var len = 0
            var value: UInt32 = 0
            var lost = false
            if !partial, b == 0xC3, i + 1 < n, bytes[i + 1] == 0x20 {
                // "Ã " (or "Г " in windows-1251): à whose NBSP byte became a space.
                value = 0xE0
                len = attachedAGrave(bytes, i) ? 2 : 1
            } else {
                let need: Int
                switch b {
                case 0xC2...0xDF: need = 1; value = UInt32(b & 0x1F)
                case 0xE0...0xEF: need = 2; value = UInt32(b & 0x0F)
                case 0xF0...0xF4: need = 3; value = UInt32(b & 0x07)
                default: need = 0
                }
                var k = 1
                var valid = need > 0
                while valid, k <= need {
                    guard i + k < n else { valid = false; break }
                    var c = bytes[i + k]
                    if c == lostByteMarker { lost = true; k += 1; break }
                    // An NBSP byte that became a space, after a letter-looking lead character.
                    if c == 0x20, !partial, isLetter(original[i]) { c = 0xA0 }
                    guard c & 0xC0 == 0x80 else { valid = false; break }
                    value = (value << 6) | UInt32(c & 0x3F)
                    k += 1
                }
                if valid, !lost {
                    // Overlong or out-of-range forms are not UTF-8.
                    if (need == 1 && value < 0x80) || (need == 2 && value < 0x800) || (need == 3 && (value < 0x10000 || value > 0x10FFFF)) { valid = false }
                }
                if valid, !lost, value >= 0xD800, value <= 0xDBFF, need == 2 {
                    // CESU-8: a high surrogate must be followed by a 3-byte low surrogate.
                    if i + 5 < n, bytes[i + 3] == 0xED, bytes[i + 4] >= 0xB0, bytes[i + 4] <= 0xBF, bytes[i + 5] & 0xC0 == 0x80 {
                        let low = (UInt32(bytes[i + 4] & 0x3F) << 6) | UInt32(bytes[i + 5] & 0x3F) | 0xD000
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        k = 6
                    } else {
                        valid = false
                    }
                } else if valid, !lost, value >= 0xD800, value <= 0xDFFF {
                    valid = false
                }
                if partial, !valid || lost || need < 2 || (plausibility(value) ?? 0) < 1 {
                    keepOriginal(i)
                    i += 1
                    continue
                }
                guard valid || lost else { return nil }
                len = k
                if lost { value = 0xFFFD }
            }
            guard var weight = plausibility(value) else { return nil }
            // Scripts that only count in company (Hebrew, Arabic, CJK) need an adjacent recovered
            // character of the same kind.
            if weight == 0.5 {
                if let run = lastScriptRun, run.end == i { weight = 1; evidence += 0.5 }
                lastScriptRun = (i + len, weight)
            }
            let prev: UInt32 = i > 0 ? original[i - 1] : 0x20
            let next: UInt32 = i + len < original.count ? original[i + len] : 0x20
            var e = 0.0
            if isLetter(value) || lost {
                // A recovered letter inside a word is telling; a recovered space or symbol is not.
                if isLetter(prev) { e += 0.5 }
                if isLetter(next) { e += 0.5 }
            } else {
                e += 0.25
            }
            let leadImage = original[i]
            if len >= 3 && !lost { e += 1 }
            if !isLetter(leadImage) { e += 0.5 }
            else if isUpper(leadImage), isLower(prev) { e += 0.5 }
            evidence += min(e, 1.5) * weight
            sequences += 1
            var scalarBytes = [UInt8]()
            scalarBytes.append(contentsOf: String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
            out.append(contentsOf: scalarBytes)
            i += len
        }
        // A lone "company" character left at weight 0.5 with no partner is not convincing.
        guard sequences > 0, evidence >= 1.0 else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces C1 controls by their windows-1252 meaning (text that went through Latin-1).
    static func fixC1Controls(_ text: String) -> String? {
        var copy = text
        let found = copy.withUTF8 { p -> Bool in
            // C1 controls are C2 80...C2 9F in UTF-8.
            var i = 0
            let n = p.count
            while true {
                i = ByteWords.firstIndex(of: 0xC2, in: p, from: i)
                guard i + 1 < n else { return false }
                if p[i + 1] <= 0x9F, p[i + 1] >= 0x80, SingleByteCodec.c1AsWindows1252[Int(p[i + 1] - 0x80)] != 0 { return true }
                i += 1
            }
        }
        guard found else { return nil }
        var result = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x80, s.value <= 0x9F, case let m = SingleByteCodec.c1AsWindows1252[Int(s.value - 0x80)], m != 0,
               let r = Unicode.Scalar(m) {
                result.append(r)
            } else {
                result.append(s)
            }
        }
        return String(result)
    }
}
