/// Builds canonical names for person mentions: middle initials dropped, transliteration variants of
/// given names and surnames unified (`Sergey` → `Sergei`), whitespace normalized.
enum NameCanonicalizer {
    /// Variant spelling → preferred spelling (written for this project; transliteration variants).
    static let variants: [UInt64: String] = {
        let pairs: [(String, String)] = [
            ("Sergey", "Sergei"), ("Aleksei", "Alexei"), ("Alexey", "Alexei"), ("Aleksey", "Alexei"),
            ("Dmitry", "Dmitri"), ("Dmitriy", "Dmitri"), ("Yury", "Yuri"), ("Yuriy", "Yuri"), ("Iouri", "Yuri"),
            ("Andrey", "Andrei"), ("Nikolay", "Nikolai"), ("Mikhayil", "Mikhail"), ("Evgeny", "Yevgeny"),
            ("Yevgeniy", "Yevgeny"), ("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"), ("Zelenskii", "Zelensky"),
            ("Erdoğan", "Erdogan"), ("Muhammad", "Mohammed"), ("Mohammad", "Mohammed"), ("Mohamed", "Mohammed"),
            ("Muhammed", "Mohammed"), ("Raeisi", "Raisi"), ("Navalnyy", "Navalny"), ("Gaddafi", "Gaddafi"),
            ("Qaddafi", "Gaddafi"), ("Kadhafi", "Gaddafi"), ("Peskov", "Peskov"), ("Tchaikovsky", "Tchaikovsky"),
            ("Mykhailo", "Mykhailo"), ("Volodimir", "Volodymyr"), ("Vladimír", "Vladimir"),
        ]
        var d: [UInt64: String] = [:]
        for (a, b) in pairs { d[ByteText.foldedHash(a)] = b }
        return d
    }()

    /// The canonical form of the person name spanning tokens `first..<end`.
    static func canonicalPerson(_ t: TokenizedText, _ first: Int, _ end: Int) -> String {
        var parts: [String] = []
        for i in first..<end {
            let tok = t[i]
            if tok.has(.punct) { continue }
            // Middle initials ("J.") are dropped, first and last kept.
            if i > first && i < end - 1 && tok.has(.abbreviation) && tok.length <= 2 { continue }
            if let v = variants[tok.hash] {
                parts.append(v)
            } else {
                parts.append(t.string(i, i + 1))
            }
        }
        return parts.joined(separator: " ")
    }
}
