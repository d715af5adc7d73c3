import SluiceCore

/// Splits UTF-8 text into word, number and punctuation tokens and marks sentence and line starts.
///
/// Words are runs of letters and digits; internal hyphens, name apostrophes (`O'Neill`), initialisms
/// (`U.S.`), decimal/thousands separators and the period of known abbreviations (`Mr.`, `Aug.`) stay inside
/// a token. Possessive `'s` is its own token.
enum Tokenizer {
    /// Abbreviations whose final period belongs to the token.
    static let abbreviations = WordSet("""
        mr mrs ms dr st jr sr inc ltd co corp gen sen rep gov prof lt col capt sgt cpl adm maj vs etc \
        jan feb mar apr jun jul aug sep sept oct nov dec mt ft no vol dept univ est rev hon messrs bros \
        ave blvd rd pres sec mon tue tues wed thu thur thurs fri sat sun gov't pp approx fig jan.
        """)

    /// Tokenizes `p`. `sentences`, when given, marks the first token of each range as a sentence start;
    /// otherwise a heuristic is used (after `.` `!` `?` followed by space, or after a line break).
    ///
    /// `plainWordFastPath` scans plain ASCII words in one pass (tests turn it off to check it against the general rules).
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>]? = nil,
                         plainWordFastPath: Bool = true) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(p.count / 5 + 4)
        let n = p.count
        var i = 0
        var sawSpace = true
        var sawNewline = true
        var prevEndsSentence = true
        var line = LineShape()
        while i < n {
            let b = p[i]
            // Plain spaces and ASCII words, the common cases, skip the general classification.
            if b == 0x20 {
                sawSpace = true
                i &+= 1
                continue
            }
            let cls: ByteText.CharClass
            let len: Int
            if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 {
                (cls, len) = (.letter, 1)
            } else {
                (cls, len) = ByteText.classify(p, i)
            }
            switch cls {
            case .space:
                sawSpace = true
                i += len
                continue
            case .newline:
                sawSpace = true
                sawNewline = true
                i += len
                continue
            case .punct:
                var flags: TokenFlags = [.punct]
                if sawSpace { flags.insert(.spaceBefore) }
                if sawNewline { flags.insert(.lineStart) }
                if sawNewline || (sentences == nil && prevEndsSentence && sawSpace) { flags.insert(.sentenceStart) }
                let hash = ByteText.foldedHash(p, i, i + len)
                if sawNewline { line.finish(&tokens) }
                tokens.append(Token(start: Int32(i), end: Int32(i + len), flags: flags, hash: hash))
                if len == 1 && (b == 0x2E || b == 0x21 || b == 0x3F) {
                    prevEndsSentence = true
                } else if prevEndsSentence && isCloser(p, i, len) {
                    prevEndsSentence = true
                } else {
                    prevEndsSentence = flags.contains(.sentenceStart) && isOpener(p, i, len)
                }
                sawSpace = false
                sawNewline = false
                i += len
            case .letter, .digit:
                var end = 0
                var hash: UInt64 = 0
                var flags: TokenFlags = []
                if !(plainWordFastPath && scanPlainASCIIWord(p, i, end: &end, flags: &flags, hash: &hash)) {
                    end = scanWord(p, i)
                    flags = wordFlags(p, i, end)
                    hash = ByteText.foldedHash(p, i, end)
                }
                if sawSpace { flags.insert(.spaceBefore) }
                if sawNewline { flags.insert(.lineStart) }
                if sawNewline || (sentences == nil && prevEndsSentence && (sawSpace || tokens.last.map { isOpenerToken(p, $0) } == true)) {
                    flags.insert(.sentenceStart)
                }
                if sawNewline { line.finish(&tokens) }
                let token = Token(start: Int32(i), end: Int32(end), flags: flags, hash: hash)
                line.count(token)
                tokens.append(token)
                prevEndsSentence = false
                sawSpace = false
                sawNewline = false
                i = end
            }
        }
        line.finish(&tokens)
        // The word lists are looked up in a second pass: here no lookup waits on the previous token's scan (or
        // on the branch mispredict that ends it), so the table's loads overlap.
        let lexicon = Lexicon.builtIn
        tokens.withUnsafeMutableBufferPointer { all in
            for k in all.indices { all[k].lists = lexicon.lists(of: all[k].hash) }
        }
        if let sentences {
            markSentenceStarts(&tokens, sentences)
        }
        return tokens
    }

    @inline(__always)
    private static func isOpener(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> Bool {
        let b = p[i]
        if len == 1 { return b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B }
        return len == 3 && b == 0xE2 && (p[i + 2] == 0x9C || p[i + 2] == 0x98)
    }

    @inline(__always)
    private static func isOpenerToken(_ p: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        t.has(.punct) && t.has(.sentenceStart) && isOpener(p, Int(t.start), t.length)
    }

    @inline(__always)
    private static func isCloser(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> Bool {
        let b = p[i]
        if len == 1 { return b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D }
        return len == 3 && b == 0xE2 && (p[i + 2] == 0x9D || p[i + 2] == 0x99)
    }

    /// The common case in one pass: a word of ASCII letters and digits that the general rules of
    /// ``scanWord(_:_:)`` would end where its letters and digits end. Sets the word's end, its
    /// ``wordFlags(_:_:_:)`` and its ``ByteText/foldedHash(_:_:_:)`` and returns `true`; returns `false` (outputs
    /// unspecified) when the word needs the general rules: it is followed by a joiner (`-` `'`, hyphenated words,
    /// O'Neill), a non-ASCII byte, a period that may belong to it (`Mr.`, `U.S.`, `M.`, `8.8`) or a comma between
    /// digits (`66,000`).
    ///
    /// Eight bytes at a time: one word of masks finds the run of letters and digits and whether it has letters,
    /// lower-case letters and digits, so the only data-dependent branch is the one that ends the word. Folding is
    /// `| 0x20` on every byte of the run (a no-op on digits, which have that bit set).
    @inline(__always)
    private static func scanPlainASCIIWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, end: inout Int,
                                           flags: inout TokenFlags, hash: inout UInt64) -> Bool {
        let n = p.count
        guard let base = p.baseAddress else { return false }
        var hasher = FoldedHasher()
        // High bits of the letters, lower-case letters and digits seen, from all chunks.
        var letters: UInt64 = 0
        var lowers: UInt64 = 0
        var digits: UInt64 = 0
        // Whether the word's first letter is lower-case; set at the first chunk that has a letter.
        var firstLetterLower = false
        var i = start
        while i &+ 8 <= n {
            let x = ByteWords.load(base + i)
            let upper = ByteWords.inRange(x, 0x41, 0x5A)
            let lower = ByteWords.inRange(x, 0x61, 0x7A)
            let digit = ByteWords.inRange(x, 0x30, 0x39)
            let run = ByteWords.leadingRun(upper | lower | digit)
            let keep = ByteWords.leadingBytes(run)
            let letterBits = (upper | lower) & keep
            if letters == 0 && letterBits != 0 {
                firstLetterLower = (lower >> UInt64(letterBits.trailingZeroBitCount)) & 1 != 0
            }
            letters |= letterBits
            lowers |= lower & keep
            digits |= digit & keep
            // The run's bytes, folded (`| 0x20` lower-cases letters and leaves digits alone), are one hash step; a
            // chunk that starts after the word (the previous one was all word) adds none.
            hasher.append(word: (x | 0x2020_2020_2020_2020) & keep, count: run)
            i &+= run
            if run < 8 { break }
        }
        if i &+ 8 > n {
            // The last bytes of the text, one at a time.
            while i < n {
                let b = p[i]
                if b &- 0x30 < 10 {
                    digits |= 1
                } else if (b | 0x20) &- 0x61 < 26 {
                    if letters == 0 { firstLetterLower = b >= 0x61 }
                    letters |= 1
                    if b >= 0x61 { lowers |= 1 }
                } else {
                    break
                }
                hasher.append(b | 0x20)
                i &+= 1
            }
        }
        if i < n {
            let stop = p[i]
            if stop >= 0x80 || stop == 0x2D || stop == 0x27 { return false }
            if stop == 0x2C || stop == 0x2E {
                // After a digit, `,` and `.` join a following digit; after a letter, `.` may end an initial, an
                // initialism or an abbreviation of up to five letters, and `,` never joins.
                if p[i &- 1] &- 0x30 < 10 {
                    if i &+ 1 < n && p[i &+ 1] &- 0x30 < 10 { return false }
                } else if stop == 0x2E && i &- start <= 5 {
                    return false
                }
            }
        }
        var f: TokenFlags = []
        if letters != 0 {
            // A leading digit means the token is not capitalized ("2nd" is lowercase, "2B" neither).
            if firstLetterLower { f.insert(.lowercase) } else if p[start] &- 0x30 >= 10 { f.insert(.capitalized) }
            if lowers == 0 && i &- start > 1 { f.insert(.allCaps) }
        }
        if digits != 0 {
            f.insert(.hasDigit)
            if letters == 0 { f.insert(.number) }
        } else {
            f.insert(.alphabetic)
        }
        end = i
        flags = f
        hash = hasher.finish()
        return true
    }

    /// Returns the end of the word starting at `start`.
    private static func scanWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let n = p.count
        var i = start
        var lastClass = ByteText.CharClass.letter
        while i < n {
            let (cls, len) = ByteText.classify(p, i)
            if cls == .letter || cls == .digit {
                lastClass = cls
                i += len
                continue
            }
            guard cls == .punct, i + 1 < n || len > 1 else { break }
            let b = p[i]
            let after = i + len
            guard after < n else { break }
            let (nextCls, _) = ByteText.classify(p, after)
            // Hyphen between alphanumerics.
            if b == 0x2D && len == 1 && (nextCls == .letter || nextCls == .digit) { i = after; continue }
            // Digit separators: 66,000 / 8.8
            if (b == 0x2C || b == 0x2E) && len == 1 && lastClass == .digit && nextCls == .digit { i = after; continue }
            // Apostrophes: split possessive 's, keep O'Neill / don't.
            let isApostrophe = (b == 0x27 && len == 1) || (len == 3 && b == 0xE2 && p[i + 2] == 0x99)
            if isApostrophe && nextCls == .letter && lastClass == .letter {
                let c = p[after]
                let afterS = after + 1
                let possessive = (c == 0x73 || c == 0x53) && (afterS >= n || ByteText.classify(p, afterS).0 != .letter)
                if possessive { break }
                i = after
                continue
            }
            // Initialisms: U.S. / a.m. / R.E.
            if b == 0x2E && len == 1 && i - start == 1 && lastClass == .letter && nextCls == .letter {
                if after + 1 < n, p[after + 1] == 0x2E, p[after] < 0x80 {
                    var j = after
                    while j + 1 < n, p[j] < 0x80, ByteText.classify(p, j).0 == .letter, p[j + 1] == 0x2E {
                        j += 2
                    }
                    return j
                }
            }
            break
        }
        // Absorb a final period for single letters (initials) and known abbreviations.
        if i < n, p[i] == 0x2E, lastClass == .letter {
            let wordLen = i - start
            if (wordLen == 1 && ByteText.isUpper(p, start))
                || (wordLen <= 5 && abbreviations.contains(hash: ByteText.foldedHash(p, start, i)))
            {
                return i + 1
            }
        }
        return i
    }

    private static func wordFlags(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> TokenFlags {
        var flags: TokenFlags = []
        var letters = 0
        var uppers = 0
        var digits = 0
        var others = 0
        var firstLetterSeen = false
        var i = lo
        while i < hi {
            let (cls, len) = ByteText.classify(p, i)
            switch cls {
            case .letter:
                letters += 1
                let up = ByteText.isUpper(p, i)
                if up { uppers += 1 }
                if !firstLetterSeen {
                    firstLetterSeen = true
                    if up { flags.insert(.capitalized) } else if ByteText.isLower(p, i) { flags.insert(.lowercase) }
                }
            case .digit: digits += 1
            default:
                if !(p[i] == 0x2C || p[i] == 0x2E) { others += 1 }
            }
            i += len
        }
        if digits > 0 {
            flags.insert(.hasDigit)
            if letters == 0 && others == 0 { flags.insert(.number) }
        }
        if letters > 0 && digits == 0 { flags.insert(.alphabetic) }
        if letters >= 1 && uppers == letters && (letters >= 2 || hi - lo > 1) { flags.insert(.allCaps) }
        if p[hi - 1] == 0x2E && letters > 0 { flags.insert(.abbreviation) }
        // A leading digit means the token is not capitalized (e.g. "2nd").
        if ByteText.classify(p, lo).0 == .digit { flags.remove(.capitalized) }
        return flags
    }

    private static func markSentenceStarts(_ tokens: inout [Token], _ sentences: [Range<Int>]) {
        var k = 0
        for r in sentences.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            while k < tokens.count && Int(tokens[k].end) <= r.lowerBound { k += 1 }
            var j = k
            // Skip opening punctuation so the first word is the sentence start.
            while j < tokens.count && Int(tokens[j].start) < r.upperBound {
                tokens[j].flags.insert(.sentenceStart)
                if !tokens[j].has(.punct) { break }
                j += 1
            }
        }
    }

    /// The shape of the line being tokenized, to mark lines that look like headlines or navigation (mostly
    /// capitalized words, no sentence end: capitalization is no evidence of a name there) and short lines.
    private struct LineShape {
        /// Index of the line's first token.
        var first = 0
        var words = 0
        var caps = 0
        var lower = 0

        /// Counts a word or number token of the line.
        @inline(__always)
        mutating func count(_ t: Token) {
            guard !t.has(.number) else { return }
            words &+= 1
            if t.isNameLike { caps &+= 1 } else if t.has(.lowercase) && t.length > 3 { lower &+= 1 }
        }

        /// Flags the line's tokens (`first..<tokens.count`) and starts the next line.
        @inline(__always)
        mutating func finish(_ tokens: inout [Token]) {
            let end = tokens.count
            if words >= 4 && lower <= 1 && caps * 10 >= words * 7 {
                for j in first..<end { tokens[j].flags.insert(.headlineLine) }
            } else if words <= 3 && first < end {
                for j in first..<end { tokens[j].flags.insert(.shortLine) }
            }
            self = LineShape(first: end)
        }
    }
}
