import SluiceCore

extension EntityModel {
    /// Trains a model with the built-in gazetteer and rules as features. Deterministic for a given seed.
    public static func train(examples: [TrainingExample], iterations: Int = 10, seed: UInt64 = 1) -> EntityModel {
        train(examples: examples, iterations: iterations, seed: seed, gazetteer: Gazetteer.builtIn)
    }

    /// Trains a model; `gazetteer` feeds the gazetteer and rule features.
    public static func train(examples: [TrainingExample], iterations: Int, seed: UInt64, gazetteer: Gazetteer) -> EntityModel {
        let rules = NameRules(gazetteer: gazetteer)
        // Tag set from the labels in the data, in a fixed order.
        let labels = EntityLabel.allCases.filter { l in examples.contains { $0.entities.contains { $0.label == l } } }
        var tags = ["O"]
        for l in labels { tags += ["B-" + l.rawValue, "I-" + l.rawValue] }
        let nTags = tags.count

        // Pre-compute tokens, static features and gold tags per example.
        struct Prepared {
            var bytes: [UInt8]
            var tokens: [Token]
            var features: [UInt64]
            var gold: [Int]
        }
        var perToken = 0
        var docs: [Prepared] = []
        for ex in examples {
            let bytes = Array(ex.text.utf8)
            let prepared: Prepared = bytes.withUnsafeBufferPointer { bp in
                let tokens = Tokenizer.tokenize(bp)
                return tokens.withUnsafeBufferPointer { tp in
                    let t = TokenizedText(bytes: bp, tokens: tp)
                    let (f, pt) = PerceptronFeatures.extract(t, rules: rules)
                    perToken = pt
                    var gold = [Int](repeating: 0, count: tokens.count)
                    for e in ex.entities {
                        guard let li = labels.firstIndex(of: e.label) else { continue }
                        var first = true
                        for (k, tok) in tokens.enumerated() where Int(tok.start) < e.end && Int(tok.end) > e.start {
                            gold[k] = first ? 1 + 2 * li : 2 + 2 * li
                            first = false
                        }
                    }
                    return Prepared(bytes: bytes, tokens: tokens, features: f, gold: gold)
                }
            }
            docs.append(prepared)
        }

        var index: [UInt64: Int32] = [:]
        var weights: [Float] = []
        var totals: [Double] = []
        var stamps: [Int32] = []
        var step: Int32 = 1

        func row(_ f: UInt64) -> Int {
            if let r = index[f] { return Int(r) }
            let r = index.count
            index[f] = Int32(r)
            weights.append(contentsOf: repeatElement(0, count: nTags))
            totals.append(contentsOf: repeatElement(0, count: nTags))
            stamps.append(contentsOf: repeatElement(0, count: nTags))
            return r
        }
        func update(_ f: UInt64, _ tag: Int, _ delta: Float) {
            let k = row(f) * nTags + tag
            totals[k] += Double(step - stamps[k]) * Double(weights[k])
            stamps[k] = step
            weights[k] += delta
        }

        var rng = SplitMix64(seed: seed)
        var order = Array(docs.indices)
        var scores = [Float](repeating: 0, count: nTags)
        for _ in 0..<max(1, iterations) {
            order.shuffle(using: &rng)
            for d in order {
                let doc = docs[d]
                let n = doc.tokens.count
                var prev = 0, prev2 = 0
                for i in 0..<n {
                    let lo = i * perToken, hi = lo + perToken
                    let h = historyFeatures(prev: prev, prev2: prev2, word: doc.tokens[i].hash, shape: doc.features[lo + 6])
                    let hist = [h.0, h.1, h.2, h.3]
                    for k in 0..<nTags { scores[k] = 0 }
                    for j in lo..<hi {
                        if let r = index[doc.features[j]] {
                            let base = Int(r) * nTags
                            for k in 0..<nTags { scores[k] += weights[base + k] }
                        }
                    }
                    for f in hist {
                        if let r = index[f] {
                            let base = Int(r) * nTags
                            for k in 0..<nTags { scores[k] += weights[base + k] }
                        }
                    }
                    var best = 0
                    var bestScore = -Float.infinity
                    for k in 0..<nTags where allowedTransition(prev, k, nTags) && scores[k] > bestScore {
                        best = k
                        bestScore = scores[k]
                    }
                    let gold = doc.gold[i]
                    if best != gold {
                        for j in lo..<hi {
                            update(doc.features[j], gold, 1)
                            update(doc.features[j], best, -1)
                        }
                        for f in hist {
                            update(f, gold, 1)
                            update(f, best, -1)
                        }
                    }
                    step += 1
                    prev2 = prev
                    prev = best
                }
            }
        }
        // Average.
        var averaged = [Float](repeating: 0, count: weights.count)
        for k in 0..<weights.count {
            let total = totals[k] + Double(step - stamps[k]) * Double(weights[k])
            averaged[k] = Float(total / Double(step))
        }
        // Drop all-zero rows.
        var finalIndex: [UInt64: Int32] = [:]
        var finalWeights: [Float] = []
        for (f, r) in index.sorted(by: { $0.key < $1.key }) {
            let base = Int(r) * nTags
            let rowWeights = averaged[base..<(base + nTags)]
            if rowWeights.allSatisfy({ abs($0) < 1e-6 }) { continue }
            finalIndex[f] = Int32(finalWeights.count / nTags)
            finalWeights.append(contentsOf: rowWeights)
        }
        return EntityModel(tags: tags, index: finalIndex, weights: finalWeights)
    }

    /// Tag layout is O, B-L0, I-L0, B-L1, I-L1…: I-X may only follow B-X or I-X.
    @inline(__always)
    static func allowedTransition(_ prev: Int, _ next: Int, _ nTags: Int) -> Bool {
        guard next > 0, next % 2 == 0 else { return true }
        return prev == next || prev == next - 1
    }
}
