import Foundation

/// A trained averaged-perceptron entity model (BIO tags over tokens, greedy left-to-right decoding with
/// tag-history features).
///
/// Train with ``train(examples:iterations:seed:)``, persist with ``save(to:)`` and ``load(from:)``; pass the
/// path as ``EntityTaggerConfig/modelPath``.
public struct EntityModel: Sendable {
    /// Tag names: `O`, then `B-<LABEL>` / `I-<LABEL>` pairs.
    public let tags: [String]
    /// Entity labels per tag (nil for `O`).
    let tagLabels: [EntityLabel?]
    /// Whether the tag begins an entity.
    let tagIsBegin: [Bool]
    /// Feature hash → row index.
    let index: [UInt64: Int32]
    /// Row-major weights: `index.count × tags.count`.
    let weights: [Float]
    /// Fast copy of `index` for decoding.
    let lookup: UInt64Table

    init(tags: [String], index: [UInt64: Int32], weights: [Float]) {
        self.tags = tags
        self.index = index
        self.weights = weights
        var table = UInt64Table(capacity: index.count)
        for (k, v) in index { table.set(k, v) }
        lookup = table
        var labels: [EntityLabel?] = []
        var begins: [Bool] = []
        for t in tags {
            if t == "O" {
                labels.append(nil)
                begins.append(false)
            } else {
                labels.append(EntityLabel(name: String(t.dropFirst(2))))
                begins.append(t.hasPrefix("B-"))
            }
        }
        tagLabels = labels
        tagIsBegin = begins
    }

    /// Number of features with weights.
    public var featureCount: Int { index.count }

    /// The entity labels the model can predict.
    public var labels: [EntityLabel] { tagLabels.compactMap { $0 }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }

    /// Whether tag `next` may follow tag `prev` (I-X only after B-X or I-X).
    @inline(__always)
    func allowed(_ prev: Int, _ next: Int) -> Bool {
        guard let l = tagLabels[next], !tagIsBegin[next] else { return true }
        return tagLabels[prev] == l
    }

    /// History features for token `i` given the two previous tags.
    @inline(__always)
    static func historyFeatures(prev: Int, prev2: Int, word: UInt64, shape: UInt64) -> (UInt64, UInt64, UInt64, UInt64) {
        (PerceptronFeatures.f(.prevTag, UInt64(prev)),
         PerceptronFeatures.f(.prev2Tags, UInt64(prev) << 8 | UInt64(prev2)),
         PerceptronFeatures.f(.prevTagWord, ByteText.mix(UInt64(prev), word)),
         PerceptronFeatures.f(.prevTagShape, ByteText.mix(UInt64(prev), shape)))
    }

    /// Adds the weights of feature `f` to `scores`.
    @inline(__always)
    func accumulate(_ f: UInt64, into scores: inout [Float]) {
        guard let row = lookup.get(f) else { return }
        let base = Int(row) * tags.count
        for k in 0..<tags.count { scores[k] += weights[base + k] }
    }

    /// Greedy decoding; returns one tag per token.
    func decode(_ t: TokenizedText, features: [UInt64], perToken: Int) -> [Int] {
        let n = t.count
        var out = [Int](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: tags.count)
        var prev = 0, prev2 = 0
        for i in 0..<n {
            for k in 0..<scores.count { scores[k] = 0 }
            for j in (i * perToken)..<((i + 1) * perToken) { accumulate(features[j], into: &scores) }
            let h = Self.historyFeatures(prev: prev, prev2: prev2, word: t[i].hash, shape: features[i * perToken + 6])
            accumulate(h.0, into: &scores)
            accumulate(h.1, into: &scores)
            accumulate(h.2, into: &scores)
            accumulate(h.3, into: &scores)
            var best = 0
            var bestScore = -Float.infinity
            for k in 0..<scores.count where allowed(prev, k) && scores[k] > bestScore {
                best = k
                bestScore = scores[k]
            }
            out[i] = best
            prev2 = prev
            prev = best
        }
        return out
    }

    /// Converts a tag sequence to entity candidates.
    func spans(_ tagSeq: [Int], _ t: TokenizedText) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < tagSeq.count {
            guard let label = tagLabels[tagSeq[i]] else {
                i += 1
                continue
            }
            var j = i + 1
            while j < tagSeq.count && !tagIsBegin[tagSeq[j]] && tagLabels[tagSeq[j]] == label { j += 1 }
            let canonical = label == .person ? NameCanonicalizer.canonicalPerson(t, i, j) : t.string(i, j)
            out.append(Candidate(first: i, end: j, label: label, canonical: canonical, source: "model", priority: 2))
            i = j
        }
        return out
    }

    /// Predicts name entities for a tokenized text.
    func predict(_ t: TokenizedText, gazetteer: Gazetteer, rules: NameRules) -> [Candidate] {
        let (features, perToken) = PerceptronFeatures.extract(t, rules: rules)
        var cands = spans(decode(t, features: features, perToken: perToken), t)
        // Keep gazetteer canonical names where the model's span equals a gazetteer match.
        let tp = t.tokens
        for k in cands.indices {
            if let m = gazetteer.longestMatch(tp, at: cands[k].first), m.count == cands[k].count,
               gazetteer.label(of: m.payload) == cands[k].label
            {
                cands[k].canonical = gazetteer.canonical(of: m.payload)
            }
        }
        return cands
    }
}
