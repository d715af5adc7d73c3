/// Detects the charset of bytes that are neither BOM-marked nor valid UTF-8.
///
/// Every candidate charset is converted with iconv (strictly: a candidate with invalid sequences
/// is out), and each surviving decoding is scored by how much it reads like a language written in
/// that charset (``LanguageProfiles``). The best score wins; near-ties go to the more common charset.
enum CharsetDetector {
    /// Script family used to score a candidate decoding.
    enum Family: Sendable {
        case western, central, cyrillic, greek, japanese, chinese, korean
    }

    /// A candidate charset (canonical name, iconv name, family), most preferred first.
    struct Candidate: Sendable {
        let name: String
        let iconvName: String
        let family: Family
    }

    static let candidates: [Candidate] = [
        Candidate(name: "windows-1252", iconvName: "CP1252", family: .western),
        Candidate(name: "iso-8859-15", iconvName: "ISO-8859-15", family: .western),
        Candidate(name: "windows-1250", iconvName: "CP1250", family: .central),
        Candidate(name: "iso-8859-2", iconvName: "ISO-8859-2", family: .central),
        Candidate(name: "windows-1251", iconvName: "CP1251", family: .cyrillic),
        Candidate(name: "koi8-r", iconvName: "KOI8-R", family: .cyrillic),
        Candidate(name: "iso-8859-5", iconvName: "ISO-8859-5", family: .cyrillic),
        Candidate(name: "ibm866", iconvName: "CP866", family: .cyrillic),
        Candidate(name: "windows-1253", iconvName: "CP1253", family: .greek),
        Candidate(name: "iso-8859-7", iconvName: "ISO-8859-7", family: .greek),
        Candidate(name: "gb18030", iconvName: "GB18030", family: .chinese),
        Candidate(name: "big5", iconvName: "BIG5", family: .chinese),
        Candidate(name: "shift_jis", iconvName: "CP932", family: .japanese),
        Candidate(name: "euc-jp", iconvName: "EUC-JP", family: .japanese),
        Candidate(name: "euc-kr", iconvName: "CP949", family: .korean),
    ]

    /// How many leading bytes are examined.
    static let sampleLimit = 64 * 1024

    /// A detection result.
    struct Result: Sendable {
        /// Canonical charset name (a label Python's codecs and WHATWG know).
        var name: String
        /// iconv name used to convert the whole document.
        var iconvName: String
        /// Score of the winning decoding (higher is better, at most 1).
        var score: Double
    }

    /// Detects the charset of `p` (which must not be valid UTF-8 or start with a BOM).
    static func detect(_ p: UnsafeBufferPointer<UInt8>) -> Result {
        let truncated = p.count > sampleLimit
        let sample = UnsafeBufferPointer(rebasing: p[0..<min(p.count, sampleLimit)])
        if let jis = detectISO2022JP(sample) { return jis }
        var best: Result?
        for c in candidates {
            guard let out = IconvConverter.convert(sample, from: c.iconvName, strict: false) else { continue }
            if out.invalid > 1 { continue }
            if out.invalid == 1 {
                guard truncated, let at = out.firstInvalid, at >= sample.count - 4 else { continue }
            }
            let text = String(decoding: out.bytes, as: UTF8.self)
            let s = score(text, family: c.family)
            if best == nil || s > best!.score + 0.02 {
                best = Result(name: c.name, iconvName: c.iconvName, score: s)
            }
        }
        guard var result = best else {
            return Result(name: "windows-1252", iconvName: "CP1252", score: -1)
        }
        result = refineLabel(result, sample)
        return result
    }

    /// Reports the narrower, more widely known label when the bytes stay within it.
    private static func refineLabel(_ r: Result, _ p: UnsafeBufferPointer<UInt8>) -> Result {
        switch r.name {
        case "shift_jis":
            if IconvConverter.convert(p, from: "SHIFT_JIS", strict: true) == nil {
                return Result(name: "windows-31j", iconvName: "CP932", score: r.score)
            }
        case "euc-kr":
            if IconvConverter.convert(p, from: "EUC-KR", strict: true) == nil {
                return Result(name: "cp949", iconvName: "CP949", score: r.score)
            }
        case "big5":
            break
        default:
            break
        }
        return r
    }

    /// ISO-2022-JP is 7-bit with escape sequences; it is recognized before scoring.
    private static func detectISO2022JP(_ p: UnsafeBufferPointer<UInt8>) -> Result? {
        var sawEscape = false
        var i = 0
        while i < p.count {
            let b = p[i]
            if b >= 0x80 { return nil }
            if b == 0x1B, i + 2 < p.count, (p[i + 1] == 0x24 && (p[i + 2] == 0x42 || p[i + 2] == 0x40))
                || (p[i + 1] == 0x28 && (p[i + 2] == 0x4A || p[i + 2] == 0x42 || p[i + 2] == 0x49)) {
                sawEscape = true
            }
            i += 1
        }
        guard sawEscape, IconvConverter.convert(p, from: "ISO-2022-JP", strict: true) != nil else { return nil }
        return Result(name: "iso-2022-jp", iconvName: "ISO-2022-JP", score: 1)
    }

    /// Whether 7-bit bytes contain ISO-2022-JP escapes (used before the UTF-8 fast path).
    static func looksLikeISO2022JP(_ p: UnsafeBufferPointer<UInt8>) -> Result? {
        detectISO2022JP(UnsafeBufferPointer(rebasing: p[0..<min(p.count, sampleLimit)]))
    }

    /// Scores a decoding: mean plausibility of its non-ASCII characters in the family's languages.
    static func score(_ text: String, family: Family) -> Double {
        let scalars = Array(text.unicodeScalars.lazy.map(\.value))
        var nonASCII = 0
        for v in scalars where v >= 0x80 { nonASCII += 1 }
        if nonASCII == 0 { return 0 }
        switch family {
        case .western:
            return LanguageProfiles.westernSets.map { latinScore(scalars, alphabet: $0, n: nonASCII) }.max() ?? -1
        case .central:
            return LanguageProfiles.centralSets.map { latinScore(scalars, alphabet: $0, n: nonASCII) }.max() ?? -1
        case .cyrillic:
            return cyrillicScore(scalars, n: nonASCII)
        case .greek:
            return greekScore(scalars, n: nonASCII)
        case .japanese:
            return japaneseScore(scalars, n: nonASCII)
        case .chinese:
            return chineseScore(scalars, n: nonASCII)
        case .korean:
            return koreanScore(scalars, n: nonASCII)
        }
    }

    @inline(__always) private static func isC1(_ v: UInt32) -> Bool { v >= 0x80 && v <= 0x9F }

    /// Weight of a non-letter symbol that is plausible in Latin-script text.
    private static func latinSymbolWeight(_ v: UInt32) -> Double? {
        if LanguageProfiles.commonPunctuation.contains(v) { return 1 }
        switch v {
        case 0xAA, 0xBA: return 0.8           // ª º (Spanish/Portuguese ordinals)
        case 0xD7, 0xF7, 0xB1: return 0.5     // × ÷ ±
        case 0xB2, 0xB3, 0xB9, 0xB5: return 0.3 // ² ³ ¹ µ
        case 0xBC, 0xBD, 0xBE, 0xB4: return 0.2 // ¼ ½ ¾ ´
        case 0x152, 0x153: return 0.6         // Œ œ
        case 0x160, 0x161, 0x17D, 0x17E, 0x178: return 0.3 // Š š Ž ž Ÿ (loanwords)
        case 0x2020, 0x2021, 0x2030, 0x2122: return 0.5
        case 0xA1, 0xBF: return 0.9           // ¡ ¿
        default: return nil
        }
    }

    private static func latinScore(_ s: [UInt32], alphabet: Set<UInt32>, n: Int) -> Double {
        var total = 0.0
        for v in s where v >= 0x80 {
            if alphabet.contains(v) { total += 1 }
            else if let w = latinSymbolWeight(v) { total += w }
            else if isC1(v) { total -= 3 }
            else { total -= 1 }
        }
        return total / Double(n)
    }

    @inline(__always) private static func isLetterLike(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
            || (v >= 0x370 && v <= 0x4FF)
    }

    @inline(__always) private static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// A non-Latin letter glued to an ASCII letter ("Ïnternet" read as Greek) is implausible.
    @inline(__always) private static func isMixedScript(_ s: [UInt32], _ index: Int, _ prev: UInt32) -> Bool {
        if isASCIILetter(prev) { return true }
        return index + 1 < s.count && isASCIILetter(s[index + 1])
    }

    private static func cyrillicScore(_ s: [UInt32], n: Int) -> Double {
        var total = 0.0
        var prev: UInt32 = 0x20
        for (index, v) in s.enumerated() {
            defer { prev = v }
            if v < 0x80 { continue }
            if isMixedScript(s, index, prev) { total -= 1; continue }
            if (v >= 0x430 && v <= 0x45F) {
                if LanguageProfiles.russianTop.contains(v) { total += 1 }
                else if LanguageProfiles.russianSet.contains(v) { total += 0.9 }
                else if LanguageProfiles.cyrillicExtraSet.contains(v) { total += 0.6 }
                else { total += 0.2 }
            } else if v >= 0x400 && v <= 0x42F {
                if !isLetterLike(prev) { total += 1 }
                else if prev >= 0x400 && prev <= 0x42F { total += 0.4 }
                else { total -= 0.5 }
            } else if LanguageProfiles.commonPunctuation.contains(v) {
                total += 1
            } else if isC1(v) {
                total -= 3
            } else {
                total -= 1
            }
        }
        return total / Double(n)
    }

    private static func greekScore(_ s: [UInt32], n: Int) -> Double {
        var total = 0.0
        var prev: UInt32 = 0x20
        for (index, v) in s.enumerated() {
            defer { prev = v }
            if v < 0x80 { continue }
            if isMixedScript(s, index, prev) { total -= 1; continue }
            if LanguageProfiles.greekSet.contains(v) { total += 1 }
            else if v >= 0x386 && v <= 0x3AB {
                total += isLetterLike(prev) ? 0.3 : 1
            } else if LanguageProfiles.commonPunctuation.contains(v) { total += 1 }
            else if isC1(v) { total -= 3 }
            else { total -= 1 }
        }
        return total / Double(n)
    }

    private static func japaneseScore(_ s: [UInt32], n: Int) -> Double {
        var kana = 0
        for v in s where LanguageProfiles.isKana(v) { kana += 1 }
        let kanjiWeight = Double(kana) >= Double(n) * 0.08 ? 0.8 : 0.0
        var total = 0.0
        for v in s where v >= 0x80 {
            if LanguageProfiles.isKana(v) { total += 1 }
            else if LanguageProfiles.isHan(v) { total += kanjiWeight }
            else if LanguageProfiles.isCJKPunctuation(v) { total += 1 }
            else if LanguageProfiles.isHalfwidthKana(v) { total += 0.2 }
            else if LanguageProfiles.commonPunctuation.contains(v) || (v >= 0x2010 && v <= 0x2312) { total += 0.8 }
            else if v >= 0xE000 && v <= 0xF8FF { total -= 2 }
            else { total -= 1 }
        }
        return total / Double(n)
    }

    private static func chineseScore(_ s: [UInt32], n: Int) -> Double {
        var total = 0.0
        for v in s where v >= 0x80 {
            if LanguageProfiles.isHan(v) { total += LanguageProfiles.chineseSet.contains(v) ? 1 : 0.45 }
            else if LanguageProfiles.isCJKPunctuation(v) { total += 1 }
            else if LanguageProfiles.commonPunctuation.contains(v) || (v >= 0x2010 && v <= 0x2312) { total += 0.8 }
            else if LanguageProfiles.isKana(v) { total -= 0.3 }
            else if v >= 0xE000 && v <= 0xF8FF { total -= 2 }
            else { total -= 1 }
        }
        return total / Double(n)
    }

    private static func koreanScore(_ s: [UInt32], n: Int) -> Double {
        var total = 0.0
        for v in s where v >= 0x80 {
            if LanguageProfiles.isHangul(v) { total += LanguageProfiles.koreanSet.contains(v) ? 1 : 0.45 }
            else if LanguageProfiles.isHan(v) { total += 0.3 }
            else if LanguageProfiles.isCJKPunctuation(v) { total += 1 }
            else if LanguageProfiles.commonPunctuation.contains(v) || (v >= 0x2010 && v <= 0x2312) { total += 0.8 }
            else if v >= 0xE000 && v <= 0xF8FF { total -= 2 }
            else { total -= 1 }
        }
        return total / Double(n)
    }
}
