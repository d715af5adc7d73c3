/// Known charsets: canonical names, the glibc iconv name used for conversion, and accepted labels.
enum CharsetRegistry {
    /// One charset.
    struct Entry: Sendable {
        /// Canonical (WHATWG-style, Python-codecs-compatible) name reported in metadata.
        let name: String
        /// Name passed to `iconv_open`; nil for UTF-8 (decoded natively).
        let iconvName: String?
        /// Extra labels (lower-case) that resolve to this entry.
        let labels: [String]
    }

    static let entries: [Entry] = [
        Entry(name: "utf-8", iconvName: nil, labels: ["utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8", "utf-8-sig"]),
        Entry(name: "utf-16le", iconvName: "UTF-16LE", labels: ["utf-16", "unicode", "ucs-2", "unicodefeff", "csunicode", "iso-10646-ucs-2"]),
        Entry(name: "utf-16be", iconvName: "UTF-16BE", labels: ["unicodefffe"]),
        Entry(name: "utf-32le", iconvName: "UTF-32LE", labels: ["utf-32", "ucs-4"]),
        Entry(name: "utf-32be", iconvName: "UTF-32BE", labels: []),
        Entry(name: "us-ascii", iconvName: "CP1252", labels: ["ascii", "ansi_x3.4-1968", "iso646-us", "us"]),
        Entry(name: "windows-1252", iconvName: "CP1252", labels: ["cp1252", "x-cp1252", "ansi", "cp819", "ibm819", "l1", "latin1"]),
        Entry(name: "iso-8859-1", iconvName: "ISO-8859-1", labels: ["iso8859-1", "iso_8859-1", "iso-ir-100", "csisolatin1", "latin-1", "iso88591"]),
        Entry(name: "iso-8859-15", iconvName: "ISO-8859-15", labels: ["iso8859-15", "iso_8859-15", "latin-9", "l9", "csisolatin9", "iso885915", "latin9"]),
        Entry(name: "windows-1250", iconvName: "CP1250", labels: ["cp1250", "x-cp1250"]),
        Entry(name: "iso-8859-2", iconvName: "ISO-8859-2", labels: ["iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2", "iso-ir-101", "iso88592"]),
        Entry(name: "windows-1251", iconvName: "CP1251", labels: ["cp1251", "x-cp1251"]),
        Entry(name: "iso-8859-5", iconvName: "ISO-8859-5", labels: ["iso8859-5", "iso_8859-5", "cyrillic", "csisolatincyrillic", "iso-ir-144", "iso88595"]),
        Entry(name: "koi8-r", iconvName: "KOI8-R", labels: ["koi8", "koi", "cskoi8r", "koi8_r"]),
        Entry(name: "koi8-u", iconvName: "KOI8-U", labels: ["koi8-ru"]),
        Entry(name: "ibm866", iconvName: "CP866", labels: ["cp866", "866", "csibm866"]),
        Entry(name: "windows-1253", iconvName: "CP1253", labels: ["cp1253"]),
        Entry(name: "windows-1254", iconvName: "CP1254", labels: ["cp1254", "iso-8859-9", "latin5", "iso8859-9"]),
        Entry(name: "windows-1255", iconvName: "CP1255", labels: ["cp1255"]),
        Entry(name: "windows-1256", iconvName: "CP1256", labels: ["cp1256"]),
        Entry(name: "windows-1257", iconvName: "CP1257", labels: ["cp1257"]),
        Entry(name: "windows-1258", iconvName: "CP1258", labels: ["cp1258"]),
        Entry(name: "iso-8859-7", iconvName: "ISO-8859-7", labels: ["greek", "iso8859-7"]),
        Entry(name: "windows-874", iconvName: "CP874", labels: ["tis-620", "iso-8859-11", "cp874"]),
        Entry(name: "macintosh", iconvName: "MACINTOSH", labels: ["mac", "x-mac-roman", "mac-roman", "macroman", "csmacintosh"]),
        Entry(name: "shift_jis", iconvName: "SHIFT_JIS", labels: ["shift-jis", "sjis", "ms_kanji", "csshiftjis", "x-sjis", "ms932"]),
        Entry(name: "windows-31j", iconvName: "CP932", labels: ["cp932", "windows-932"]),
        Entry(name: "euc-jp", iconvName: "EUC-JP", labels: ["eucjp", "x-euc-jp", "cseucpkdfmtjapanese", "euc_jp"]),
        Entry(name: "iso-2022-jp", iconvName: "ISO-2022-JP", labels: ["csiso2022jp", "iso2022jp", "iso2022_jp"]),
        Entry(name: "gb18030", iconvName: "GB18030", labels: ["gb2312", "gbk", "cp936", "x-gbk", "chinese", "csgb2312", "euc-cn", "gb_2312-80", "windows-936", "iso-ir-58"]),
        Entry(name: "big5", iconvName: "BIG5", labels: ["big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "big5hkscs"]),
        Entry(name: "euc-kr", iconvName: "EUC-KR", labels: ["cseuckr", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "iso-ir-149", "windows-949", "cp949", "uhc", "euckr"]),
    ]

    private static let byLabel: [String: Entry] = {
        var map: [String: Entry] = [:]
        for e in entries {
            map[e.name] = e
            for l in e.labels where map[l] == nil { map[l] = e }
        }
        return map
    }()

    /// Normalizes a label: trims, lower-cases and strips quotes.
    static func normalizeLabel(_ label: String) -> String {
        var s = label.lowercased()
        s = String(s.filter { $0 != "\"" && $0 != "'" })
        return s.trimmingASCIIWhitespace()
    }

    /// Resolves a label (WHATWG, Python or iconv spelling) to an entry; unknown labels that
    /// iconv accepts get an ad-hoc entry.
    static func lookup(_ label: String) -> Entry? {
        let l = normalizeLabel(label)
        if l.isEmpty { return nil }
        if let e = byLabel[l] { return e }
        let dashed = l.replacingUnderscores()
        if let e = byLabel[dashed] { return e }
        let upper = l.uppercased()
        if IconvConverter.isSupported(upper) {
            return Entry(name: l, iconvName: upper, labels: [])
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func trimmingASCIIWhitespace() -> String {
        let u = Array(utf8)
        var a = 0, b = u.count
        while a < b, u[a] == 0x20 || u[a] == 0x09 || u[a] == 0x0A || u[a] == 0x0D || u[a] == 0x0C { a += 1 }
        while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 || u[b - 1] == 0x0A || u[b - 1] == 0x0D || u[b - 1] == 0x0C { b -= 1 }
        return String(decoding: u[a..<b], as: UTF8.self)
    }

    func replacingUnderscores() -> String {
        String(decoding: utf8.map { $0 == 0x5F ? 0x2D : $0 }, as: UTF8.self)
    }
}
