/// Properties of a token that the tagger looks at; computed once per token.
struct TokenFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// First letter is uppercase.
    static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Has letters and all are uppercase.
    static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// First letter is lowercase.
    static let lowercase = TokenFlags(rawValue: 1 << 2)
    /// Contains a digit.
    static let hasDigit = TokenFlags(rawValue: 1 << 3)
    /// Digits with optional `,` / `.` separators only.
    static let number = TokenFlags(rawValue: 1 << 4)
    /// Contains no letter or digit.
    static let punct = TokenFlags(rawValue: 1 << 5)
    /// Starts a sentence (by the given sentence ranges or the internal heuristic).
    static let sentenceStart = TokenFlags(rawValue: 1 << 6)
    /// First token on its line.
    static let lineStart = TokenFlags(rawValue: 1 << 7)
    /// Preceded by whitespace (or the start of the text).
    static let spaceBefore = TokenFlags(rawValue: 1 << 8)
    /// Ends with an absorbed period (`Mr.`, `U.S.`, `M.`).
    static let abbreviation = TokenFlags(rawValue: 1 << 9)
    /// Has letters only (plus internal hyphens/apostrophes/periods).
    static let alphabetic = TokenFlags(rawValue: 1 << 10)
    /// On a line that looks like a title-case headline or a navigation/UI line.
    static let headlineLine = TokenFlags(rawValue: 1 << 11)
    /// On a line with at most three words (navigation, captions, signatures).
    static let shortLine = TokenFlags(rawValue: 1 << 12)
}

/// A token: a byte range, its flags and a case-folded hash of its bytes.
struct Token: Sendable, Hashable {
    var start: Int32
    var end: Int32
    var flags: TokenFlags
    /// Case-folded FNV-1a hash of the token bytes.
    var hash: UInt64
    /// Bit `k` set: the word is in `WordList(rawValue: k)` (set by the tokenizer from ``Lexicon/builtIn``).
    var lists: UInt64 = 0

    var length: Int { Int(end - start) }

    @inline(__always) func has(_ f: TokenFlags) -> Bool { flags.contains(f) }

    /// Whether the token's word is in the built-in `list`.
    @inline(__always) func isIn(_ list: WordList) -> Bool { lists & list.bit != 0 }

    /// Capitalized or all-caps: looks like part of a name.
    @inline(__always) var isNameLike: Bool { !flags.isDisjoint(with: [.capitalized, .allCaps]) }
}
