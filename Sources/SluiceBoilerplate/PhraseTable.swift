/// Pre-normalised, hashed phrase lists used by the line rules.
///
/// Built once per ``BoilerplateClassifier``; lookups hash the normalised line bytes (FNV-1a) and
/// probe `Set<UInt64>`, so matching costs one pass over the line plus one probe per word boundary
/// in the first few words.
struct PhraseTable: Sendable {
    var wholeLines: Set<UInt64> = []
    var labelPrefixes: Set<UInt64> = []
    var leadPrefixes: Set<UInt64> = []
    var teaserMarkers: Set<UInt64> = []
    var listHeaders: Set<UInt64> = []
    var contains = PatternSet([])
    var credits = PatternSet([])
    var weakCredits = PatternSet([])
    /// Largest number of words of any label or lead prefix (bounds the prefix scan).
    var maxPrefixWords = 1
    /// Largest number of words of any normalised whole-line phrase, teaser marker or list header: a line
    /// whose normalised form has more words cannot equal one of them.
    var maxWholeLineWords = 0

    init(config: BoilerplateConfig) {
        let builtin = config.useBuiltinPhrases
        var maxWholeLineWords = 0
        func hashes(_ list: [String], _ extra: [String]) -> Set<UInt64> {
            var set = Set<UInt64>()
            for p in (builtin ? list : []) + extra {
                let n = LineNormalizer.normalized(p)
                if !n.isEmpty { set.insert(LineNormalizer.hash(n)) }
                maxWholeLineWords = max(maxWholeLineWords, n.count { $0 == 0x20 } + 1)
            }
            return set
        }
        func patterns(_ list: [String], _ extra: [String], trim: Bool) -> [[UInt8]] {
            var out: [[UInt8]] = []
            var seen = Set<[UInt8]>()
            for p in (builtin ? list : []) + extra {
                // Credit patterns keep their punctuation ("photo:"), so only lower-case them.
                let n = trim ? LineNormalizer.normalized(p) : Array(p.lowercased().utf8)
                if !n.isEmpty && seen.insert(n).inserted { out.append(n) }
            }
            return out
        }
        wholeLines = hashes(BuiltinPhrases.wholeLines, config.extraPhrases)
        labelPrefixes = hashes(BuiltinPhrases.labelPrefixes, config.extraLabelPrefixes)
        leadPrefixes = hashes(BuiltinPhrases.leadPrefixes, config.extraLeadPrefixes)
        teaserMarkers = hashes(BuiltinPhrases.teaserMarkers, config.extraTeaserMarkers)
        listHeaders = hashes(BuiltinPhrases.listHeaders, config.extraListHeaders)
        self.maxWholeLineWords = maxWholeLineWords
        contains = PatternSet(patterns(BuiltinPhrases.contains, config.extraContains, trim: true))
        credits = PatternSet(patterns(BuiltinPhrases.creditPatterns, config.extraCreditPatterns, trim: false))
        weakCredits = PatternSet(patterns(BuiltinPhrases.weakCreditPatterns, [], trim: false))
        for p in (builtin ? BuiltinPhrases.labelPrefixes + BuiltinPhrases.leadPrefixes : [])
            + config.extraLabelPrefixes + config.extraLeadPrefixes {
            let words = p.split(separator: " ").count
            maxPrefixWords = max(maxPrefixWords, words)
        }
    }

    enum PrefixKind { case label, lead }

    /// Scans word boundaries of the normalised line `n` for a label prefix (followed by `:`, `|`,
    /// a dash or `»`) or a lead prefix.
    func prefixMatch(_ n: [UInt8]) -> PrefixKind? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 0
        var i = 0
        let count = n.count
        while i < count {
            let b = n[i]
            if b == 0x20 || b == 0x3A {
                words += 1
                if leadPrefixes.contains(h) { return .lead }
                if labelPrefixes.contains(h) {
                    var j = i
                    while j < count && n[j] == 0x20 { j += 1 }
                    if j < count {
                        let c = n[j]
                        if c == 0x3A || c == 0x7C || c == 0x2D { return .label }
                        if c == 0xC2 && j + 1 < count && n[j + 1] == 0xBB { return .label }
                        if c == 0xE2 && j + 2 < count && n[j + 1] == 0x80
                            && (n[j + 2] == 0x93 || n[j + 2] == 0x94 || n[j + 2] == 0xBA) { return .label }
                    }
                }
                if words >= maxPrefixWords { return nil }
            }
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
            i += 1
        }
        return nil
    }

    /// Whether `n` contains one of the patterns of `set` (see ``PatternSet``).
    static func containsAny(_ n: [UInt8], _ set: PatternSet) -> Bool { set.matches(n) }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }
}

/// A small multi-pattern matcher: patterns bucketed by first byte, one pass over the haystack.
/// A match needs word boundaries where the pattern starts or ends with a letter or digit.
struct PatternSet: Sendable {
    let patterns: [[UInt8]]
    let byFirst: [[Int32]]
    /// One bit per pair of bytes that starts a pattern (a one-byte pattern sets every pair it starts): most
    /// positions of a line are skipped on this test alone.
    let startPairs: [UInt64]

    init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        var buckets = [[Int32]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for (i, p) in patterns.enumerated() where !p.isEmpty {
            buckets[Int(p[0])].append(Int32(i))
            let seconds: [Int] = p.count > 1 ? [Int(p[1])] : Array(0..<256)
            for second in seconds {
                let pair = Int(p[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        byFirst = buckets
        startPairs = pairs
    }

    /// Whether a pattern may start at `i` (the byte after the last one counts as 0).
    @inline(__always)
    private func mayStart(_ hay: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let second = i + 1 < hay.count ? Int(hay[i + 1]) : 0
        let pair = Int(hay[i]) << 8 | second
        return startPairs[pair >> 6] & (1 &<< UInt64(pair & 63)) != 0
    }

    func matches(_ n: [UInt8]) -> Bool {
        if patterns.isEmpty { return false }
        return n.withUnsafeBufferPointer { hay in
            let count = hay.count
            for i in 0..<count {
                guard mayStart(hay, i) else { continue }
                let bucket = byFirst[Int(hay[i])]
                if bucket.isEmpty { continue }
                for pi in bucket {
                    let p = patterns[Int(pi)]
                    if i + p.count > count { continue }
                    var k = 1
                    while k < p.count && hay[i + k] == p[k] { k += 1 }
                    if k < p.count { continue }
                    if PhraseTable.isWordByte(p[0]) && i > 0 && PhraseTable.isWordByte(hay[i - 1]) { continue }
                    let e = i + p.count
                    if PhraseTable.isWordByte(p[p.count - 1]) && e < count && PhraseTable.isWordByte(hay[e]) { continue }
                    return true
                }
            }
            return false
        }
    }
}
