/// Compiled lookup tables for one language plus user abbreviations.
///
/// Payload bits in ``table``: bits 0–3 hold the ``AbbreviationKind`` values that apply when the token
/// starts with a capital, bits 4–7 those that apply otherwise, bit 8 marks a sentence starter.
struct LanguageProfile: Sendable {
    let code: String
    let table: ByteWordTable
    let ordinalDot: Bool

    static let supportedData: [LanguageData] = [.english, .german, .french, .spanish, .russian]

    init(language: String, extraAbbreviations: [String]) {
        let code = language.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        let data = LanguageProfile.supportedData.first { $0.code == code } ?? .english
        self.code = data.code
        self.ordinalDot = data.ordinalDot
        var t = ByteWordTable(minimumCapacity: 1024)
        func add(_ words: [String], _ kind: AbbreviationKind) {
            for raw in words {
                var w = Substring(raw)
                while w.hasSuffix(".") { w = w.dropLast() }
                guard let first = w.unicodeScalars.first else { continue }
                let capitalOnly = first.properties.isUppercase
                let bits = capitalOnly ? kind.rawValue : (kind.rawValue | kind.rawValue << 4)
                t.insert(String(w), payload: bits)
            }
        }
        add(data.prefixAbbreviations, .prefix)
        add(data.numberAbbreviations, .beforeNumber)
        add(data.generalAbbreviations, .general)
        add(data.timeAbbreviations, .time)
        add(extraAbbreviations, .general)
        for s in data.sentenceStarters { t.insert(s, payload: AbbreviationKind.starterBit) }
        for s in data.timeFollowers { t.insert(s, payload: AbbreviationKind.timeFollowerBit) }
        self.table = t
    }

    /// Abbreviation kinds for the token `p[start..<end]`, given whether it starts with a capital.
    @inline(__always)
    func kinds(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, capitalised: Bool) -> UInt16 {
        guard let payload = table.lookup(p, start, end) else { return 0 }
        return capitalised ? (payload & 0xF) : ((payload >> 4) & 0xF)
    }

    /// True if `p[start..<end]` may follow a clock time without starting a sentence.
    @inline(__always)
    func isTimeFollower(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let payload = table.lookup(p, start, end) else { return false }
        return payload & AbbreviationKind.timeFollowerBit != 0
    }

    /// True if `p[start..<end]` is a listed sentence starter.
    @inline(__always)
    func isStarter(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let payload = table.lookup(p, start, end) else { return false }
        return payload & AbbreviationKind.starterBit != 0
    }
}
