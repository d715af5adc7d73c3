/// How an abbreviation behaves in front of the next word.
///
/// The kind decides whether a full stop after the abbreviation may end a sentence.
enum AbbreviationKind: UInt16, Sendable {
    /// Titles and words that almost always precede something (`Mr.`, `Dr.`, `Gen.`, `Sen.`, `St.`, `vs.`):
    /// never sentence-final unless a paragraph ends right there.
    case prefix = 1
    /// Abbreviations that are only abbreviations before a number (`No. 5`, `Fig. 3`, `Art. 12`, `pp. 4`);
    /// elsewhere the word is treated as an ordinary word (`No. I won't.`).
    case beforeNumber = 2
    /// Abbreviations that may well end a sentence (`etc.`, `U.S.`, `Inc.`, `Jr.`, months):
    /// a boundary only when the next word looks like a sentence start.
    case general = 4
    /// Clock-time markers (`a.m.`, `p.m.`): a boundary before any capitalised word except a weekday,
    /// month or time zone (`5 p.m. Tuesday`, `9 a.m. EST`).
    case time = 8

    /// Bit used in ``ByteWordTable`` payloads for sentence-starter words.
    static let starterBit: UInt16 = 0x100
    /// Bit used in ``ByteWordTable`` payloads for words that may follow a clock time (days, months, zones).
    static let timeFollowerBit: UInt16 = 0x200
}

/// One language's abbreviation list and sentence starters, written as Swift source.
struct LanguageData: Sendable {
    /// ISO 639-1 code.
    var code: String
    /// Titles and similar, see ``AbbreviationKind/prefix``. Written without the final full stop.
    var prefixAbbreviations: [String]
    /// See ``AbbreviationKind/beforeNumber``.
    var numberAbbreviations: [String]
    /// See ``AbbreviationKind/general``.
    var generalAbbreviations: [String]
    /// Capitalised words that typically open a sentence; they turn an ambiguous
    /// `abbreviation. Word` into a boundary.
    var sentenceStarters: [String]
    /// Clock-time markers, see ``AbbreviationKind/time``.
    var timeAbbreviations: [String] = []
    /// Capitalised words that continue a sentence after a clock time: weekdays, months, time zones.
    var timeFollowers: [String] = []
    /// True where `3. Oktober` style ordinals are written with a full stop (German, Russian dates).
    var ordinalDot: Bool = false
}
