/// A dictionary of entity names matched over tokens with a trie.
///
/// Matching is case-aware: a capitalized word in an entry only matches a capitalized (or all-caps) word in
/// the text, and short all-caps entries (`US`, `EU`) only match all-caps text; lowercase entry words match
/// any case. Lookups cost one hash probe per token, so matching speed barely depends on the number of
/// entries (see the benchmark in the module's report).
public struct Gazetteer: Sendable {
    /// One gazetteer entry.
    public struct Entry: Sendable, Hashable {
        /// The surface form as it appears in text, e.g. `Sergey Lavrov`.
        public var surface: String
        /// The entity label.
        public var label: EntityLabel
        /// The canonical name, e.g. `Sergei Lavrov`; `nil` means the surface is canonical.
        public var canonical: String?
        /// Identifier of the list the entry came from, reported as the mention's `source`.
        public var source: String

        /// Creates an entry.
        public init(surface: String, label: EntityLabel, canonical: String? = nil, source: String) {
            self.surface = surface
            self.label = label
            self.canonical = canonical
            self.source = source
        }
    }

    /// What a trie node carries when an entry ends there.
    struct Payload: Sendable {
        var label: EntityLabel
        var canonical: Int32
        var source: Int32
        /// The `source` of mentions found by the entry: `gazetteer:` and the list's identifier.
        var mentionSource: Int32
        /// Bit k set: token k of the entry is capitalized, so the text token must be too.
        var capitalMask: UInt64
        /// Bit k set: token k is a short acronym, so the text token must be all caps.
        var allCapsMask: UInt64
        var tokenCount: Int32
        var next: Int32
    }

    /// A gazetteer hit over tokens `first..<first+count`.
    struct Match: Sendable {
        var first: Int
        var count: Int
        var payload: Int32
    }

    private(set) var trie = TokenTrie()
    private(set) var payloads: [Payload] = []
    private(set) var strings: [String] = []
    private var stringIndex: [String: Int32] = [:]
    private var mentionSourceIndex: [Int32: Int32] = [:]

    /// Creates an empty gazetteer.
    public init() {}

    /// The number of entries.
    public var count: Int { payloads.count }

    /// Adds one entry. Entries whose surface has no word are ignored.
    public mutating func add(_ entry: Entry) {
        var surface = entry.surface
        let tokens = surface.withUTF8 { buf in Tokenizer.tokenize(buf) }
        guard !tokens.isEmpty, tokens.count <= 64 else { return }
        var node: Int32 = 0
        var capMask: UInt64 = 0
        var capsMask: UInt64 = 0
        for (k, t) in tokens.enumerated() {
            node = trie.childOrInsert(node, t.hash)
            if t.has(.allCaps) && t.length <= 3 && !t.has(.abbreviation) {
                capsMask |= 1 << UInt64(k)
            } else if t.isNameLike {
                capMask |= 1 << UInt64(k)
            }
        }
        let source = intern(entry.source)
        let payload = Payload(
            label: entry.label,
            canonical: intern(entry.canonical ?? entry.surface),
            source: source,
            mentionSource: mentionSource(source),
            capitalMask: capMask, allCapsMask: capsMask,
            tokenCount: Int32(tokens.count),
            next: trie.firstPayload[Int(node)])
        payloads.append(payload)
        trie.setFirstPayload(node, Int32(payloads.count - 1))
    }

    /// Adds an entry from its parts.
    public mutating func add(surface: String, label: EntityLabel, canonical: String? = nil, source: String) {
        add(Entry(surface: surface, label: label, canonical: canonical, source: source))
    }

    /// The interned `gazetteer:<source>` string for the interned source `source`.
    private mutating func mentionSource(_ source: Int32) -> Int32 {
        if let i = mentionSourceIndex[source] { return i }
        let i = intern("gazetteer:" + strings[Int(source)])
        mentionSourceIndex[source] = i
        return i
    }

    private mutating func intern(_ s: String) -> Int32 {
        if let i = stringIndex[s] { return i }
        let i = Int32(strings.count)
        strings.append(s)
        stringIndex[s] = i
        return i
    }

    func canonical(of payload: Int32) -> String? {
        let c = payloads[Int(payload)].canonical
        return c >= 0 ? strings[Int(c)] : nil
    }

    func source(of payload: Int32) -> String { strings[Int(payloads[Int(payload)].source)] }

    /// The `source` a tagger reports for a match of `payload`: `gazetteer:` and the list's identifier.
    func mentionSource(of payload: Int32) -> String { strings[Int(payloads[Int(payload)].mentionSource)] }

    func label(of payload: Int32) -> EntityLabel { payloads[Int(payload)].label }

    /// The longest entry starting at token `i` whose case constraints hold, if any.
    @inline(__always)
    func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Match? {
        var node: Int32 = 0
        var best: Match?
        var j = i
        let limit = min(tokens.count, i + 64)
        while j < limit {
            node = trie.child(node, tokens[j].hash)
            if node < 0 { break }
            var p = trie.firstPayload[Int(node)]
            while p >= 0 {
                let pl = payloads[Int(p)]
                if Int(pl.tokenCount) == j - i + 1 && caseMatches(pl, tokens, i) {
                    best = Match(first: i, count: j - i + 1, payload: p)
                    break
                }
                p = pl.next
            }
            j += 1
        }
        return best
    }

    @inline(__always)
    private func caseMatches(_ pl: Payload, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        var m = pl.capitalMask | pl.allCapsMask
        while m != 0 {
            let k = m.trailingZeroBitCount
            let t = tokens[i + k]
            if pl.allCapsMask & (1 << UInt64(k)) != 0 {
                // Short acronyms: all caps, or title case for 4+ letter acronyms handled by capitalMask.
                if !t.has(.allCaps) { return false }
            } else if !t.isNameLike {
                return false
            }
            m &= m - 1
        }
        return true
    }

    /// Finds all non-overlapping longest matches in `text`, leftmost first.
    public func matches(in text: String) -> [EntityMention] {
        var copy = text
        return copy.withUTF8 { buf in
            let tokens = Tokenizer.tokenize(buf)
            return tokens.withUnsafeBufferPointer { tp in
                var out: [EntityMention] = []
                var i = 0
                while i < tp.count {
                    if let m = longestMatch(tp, at: i) {
                        out.append(EntityMention(
                            start: Int(tp[i].start), end: Int(tp[i + m.count - 1].end),
                            label: label(of: m.payload), canonical: canonical(of: m.payload),
                            source: source(of: m.payload)))
                        i += m.count
                    } else {
                        i += 1
                    }
                }
                return out
            }
        }
    }
}
