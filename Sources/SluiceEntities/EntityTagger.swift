import Foundation

/// Finds named entities and value expressions in text.
///
/// The default tagger needs no model: value patterns (dates, times, money, percentages, quantities,
/// counts), gazetteers (built-in and user files), title/suffix/`of` rules and capitalized-phrase candidates,
/// followed by document-level consistency. With ``EntityTaggerConfig/modelPath`` set, a trained
/// ``EntityModel`` finds the names instead of the rules.
public struct EntityTagger: Sendable {
    /// The configuration the tagger was built with.
    public let config: EntityTaggerConfig
    let rules: NameRules
    let model: EntityModel?
    /// Bit `label.index` set for every label in `config.labels`.
    let labelBits: UInt64

    /// Builds a tagger; loads user gazetteers and the model named in `config`.
    public init(config: EntityTaggerConfig = EntityTaggerConfig()) throws {
        self.config = config
        labelBits = config.labels.reduce(0) { $0 | 1 << UInt64($1.index) }
        var g: Gazetteer
        if config.useBuiltInGazetteer && config.gazetteerPaths.isEmpty && config.extraEntries.isEmpty {
            g = Gazetteer.builtIn
        } else {
            g = Gazetteer()
            if config.useBuiltInGazetteer { for e in Gazetteer.builtInEntries() { g.add(e) } }
            for path in config.gazetteerPaths { try g.load(contentsOf: path) }
            for e in config.extraEntries { g.add(e) }
        }
        rules = NameRules(gazetteer: g)
        if let m = config.model {
            model = m
        } else if let path = config.modelPath {
            model = try EntityModel.load(from: path)
        } else {
            model = nil
        }
    }

    /// Tags `text`. `sentences` are UTF-8 byte ranges of sentences, used for capitalization cues; when `nil`
    /// a simple heuristic finds sentence starts (after `.` `!` `?` and a space, or a line break).
    public func tag(_ text: String, sentences: [Range<Int>]? = nil) -> [EntityMention] {
        var copy = text
        return copy.withUTF8 { bytes in tag(utf8: bytes, sentences: sentences) }
    }

    /// Tags UTF-8 bytes (offsets in the result are into `utf8`).
    public func tag(utf8 bytes: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>]? = nil) -> [EntityMention] {
        var mentions: [EntityMention] = []
        forEachMention(utf8: bytes, sentences: sentences) { start, end, c in
            mentions.append(EntityMention(start: start, end: end, label: c.label, canonical: c.canonical, source: c.source))
        }
        return mentions
    }

    /// Calls `body` with the UTF-8 byte range and the candidate of every mention of a wanted label, in order: what
    /// ``tag(utf8:sentences:)`` returns, without building the mentions (the stage turns them into annotations).
    ///
    /// `willVisit` is called first with an upper bound on the number of mentions (to reserve room for them).
    func forEachMention(utf8 bytes: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>]?,
                        willVisit: (_ atMost: Int) -> Void = { _ in },
                        _ body: (_ start: Int, _ end: Int, _ candidate: borrowing Candidate) -> Void) {
        let tokens = Tokenizer.tokenize(bytes, sentences: sentences)
        tokens.withUnsafeBufferPointer { tp in
            let t = TokenizedText(bytes: bytes, tokens: tp)
            let candidates = self.candidates(t)
            willVisit(candidates.count)
            candidates.withUnsafeBufferPointer { cs in
                for i in cs.indices where labelBits & 1 << UInt64(cs[i].label.index) != 0 {
                    body(Int(t[cs[i].first].start), Int(t[cs[i].end - 1].end), cs[i])
                }
            }
        }
    }

    /// All candidates for a tokenized text, conflicts resolved, in order.
    func candidates(_ t: TokenizedText) -> [Candidate] {
        var taken = [Bool](repeating: false, count: t.count)
        let values = ValueRecognizer.recognize(t)
        for v in values { for k in v.first..<v.end { taken[k] = true } }
        var names: [Candidate]
        if let model {
            names = model.predict(t, gazetteer: rules.gazetteer, rules: rules).filter { c in
                (c.first..<c.end).allSatisfy { !taken[$0] }
            }
        } else {
            names = rules.find(t, taken: taken)
        }
        if !Self.isSorted(names) { names.sort { $0.first < $1.first } }
        if config.consistency {
            DocumentConsistency.apply(t, &names, taken: taken)
        }
        return Self.merge(values, names)
    }

    /// Whether `candidates` are in order of their first token.
    private static func isSorted(_ candidates: [Candidate]) -> Bool {
        for k in candidates.indices.dropFirst() where candidates[k - 1].first > candidates[k].first { return false }
        return true
    }

    /// Merges two candidate lists each in order of their first token; on a tie the value comes first.
    private static func merge(_ values: [Candidate], _ names: [Candidate]) -> [Candidate] {
        if names.isEmpty { return values }
        if values.isEmpty { return names }
        var all: [Candidate] = []
        all.reserveCapacity(values.count + names.count)
        var i = 0
        var j = 0
        while i < values.count && j < names.count {
            if names[j].first < values[i].first {
                all.append(names[j])
                j += 1
            } else {
                all.append(values[i])
                i += 1
            }
        }
        all.append(contentsOf: values[i...])
        all.append(contentsOf: names[j...])
        return all
    }
}
