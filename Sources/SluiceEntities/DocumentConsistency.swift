/// Document-level consistency: once a name is known (e.g. `Vladimir Putin` as PERSON), its surname and
/// repeated occurrences elsewhere in the document get the same label and canonical name.
enum DocumentConsistency {
    /// Sources whose label is weak evidence and may be overridden by a known name.
    private static func isWeak(_ source: String) -> Bool {
        // By length first: comparing unequal strings is the slow path of `==`.
        switch source.utf8.count {
        case 16: source == "rule:capitalized" || source == "rule:preposition"
        case 12: source == "rule:acronym"
        default: false
        }
    }

    /// Applies consistency to name candidates (values are left alone), in place; candidates found for uncovered
    /// occurrences of known names are added, and the list stays in order of first token.
    static func apply(_ t: TokenizedText, _ candidates: inout [Candidate], taken: [Bool]) {
        // Known single-word names: surname of multi-word persons, and single-token strong names.
        var known = KnownNames()
        // Canonical per full person name, to unify variants sharing a surname.
        for c in candidates where c.label == .person && c.count >= 2 {
            known.addIfNew(t[c.end - 1].hash, .person, c.canonical)
        }
        for c in candidates where c.count == 1 && !isWeak(c.source) && c.label.isName {
            known.addIfNew(t[c.first].hash, c.label, c.canonical)
        }
        var covered = taken
        // In place: no candidate is copied (each copy retains its strings).
        for i in candidates.indices {
            let (first, end, label) = (candidates[i].first, candidates[i].end, candidates[i].label)
            if label.isName && !known.isEmpty {
                if label == .person && end - first >= 2 {
                    if let k = known[t[end - 1].hash], k.label == .person, let kc = k.canonical,
                       let cc = candidates[i].canonical, kc != cc, sameGivenInitial(kc, cc)
                    {
                        candidates[i].canonical = kc
                    }
                } else if end - first == 1, let k = known[t[first].hash] {
                    if isWeak(candidates[i].source) {
                        candidates[i].label = k.label
                        candidates[i].canonical = k.canonical
                        candidates[i].source = "consistency"
                    } else if label == k.label {
                        candidates[i].canonical = k.canonical
                    }
                }
            }
            for k in first..<end { covered[k] = true }
        }
        guard !known.isEmpty else { return }
        // Uncovered occurrences of known names (sentence starts, headlines, possessives).
        var added = false
        for i in 0..<t.count where !covered[i] && t[i].isNameLike && !t[i].has(.punct) {
            guard let k = known[t[i].hash], !t[i].isIn(.commonWords) else { continue }
            candidates.append(Candidate(first: i, end: i + 1, label: k.label, canonical: k.canonical, source: "consistency", priority: 1))
            added = true
        }
        if added { candidates.sort { $0.first < $1.first } }
    }

    /// The names known in one document, keyed by a token's folded hash; the first name seen for a hash wins.
    private struct KnownNames {
        private var index = UInt64Table()
        private var names: [(label: EntityLabel, canonical: String?)] = []

        var isEmpty: Bool { names.isEmpty }

        mutating func addIfNew(_ hash: UInt64, _ label: EntityLabel, _ canonical: String?) {
            guard index.get(hash) == nil else { return }
            index.set(hash, Int32(names.count))
            names.append((label, canonical))
        }

        subscript(hash: UInt64) -> (label: EntityLabel, canonical: String?)? {
            index.get(hash).map { names[Int($0)] }
        }
    }

    /// Two full names that share a surname and a given-name initial are the same person.
    private static func sameGivenInitial(_ a: String, _ b: String) -> Bool {
        a.first == b.first
    }
}
