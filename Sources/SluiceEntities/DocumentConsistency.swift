/// Document-level consistency: once a name is known (e.g. `Vladimir Putin` as PERSON), its surname and
/// repeated occurrences elsewhere in the document get the same label and canonical name.
enum DocumentConsistency {
    /// Sources whose label is weak evidence and may be overridden by a known name.
    private static func isWeak(_ source: String) -> Bool {
        source == "rule:capitalized" || source == "rule:preposition" || source == "rule:acronym"
    }

    /// Applies consistency to name candidates (values are left alone); returns the new candidate list.
    static func apply(_ t: TokenizedText, _ candidates: [Candidate], taken: [Bool]) -> [Candidate] {
        // Known single-word names: surname of multi-word persons, and single-token strong names.
        var known: [UInt64: (label: EntityLabel, canonical: String?)] = [:]
        // Canonical per full person name, to unify variants sharing a surname.
        for c in candidates where c.label == .person && c.count >= 2 {
            let last = t[c.end - 1]
            if known[last.hash] == nil { known[last.hash] = (.person, c.canonical) }
        }
        for c in candidates where c.count == 1 && !isWeak(c.source) && c.label.isName {
            if known[t[c.first].hash] == nil { known[t[c.first].hash] = (c.label, c.canonical) }
        }
        var out: [Candidate] = []
        out.reserveCapacity(candidates.count)
        var covered = taken
        for c in candidates {
            var c = c
            if c.label.isName {
                if c.label == .person && c.count >= 2 {
                    if let k = known[t[c.end - 1].hash], k.label == .person, let kc = k.canonical,
                       let cc = c.canonical, kc != cc, sameGivenInitial(kc, cc)
                    {
                        c.canonical = kc
                    }
                } else if c.count == 1, let k = known[t[c.first].hash] {
                    if isWeak(c.source) {
                        c.label = k.label
                        c.canonical = k.canonical
                        c.source = "consistency"
                    } else if c.label == k.label {
                        c.canonical = k.canonical
                    }
                }
            }
            for k in c.first..<c.end { covered[k] = true }
            out.append(c)
        }
        // Uncovered occurrences of known names (sentence starts, headlines, possessives).
        for i in 0..<t.count where !covered[i] && t[i].isNameLike && !t[i].has(.punct) {
            guard let k = known[t[i].hash], !t[i].isIn(.commonWords) else { continue }
            out.append(Candidate(first: i, end: i + 1, label: k.label, canonical: k.canonical, source: "consistency", priority: 1))
        }
        out.sort { $0.first < $1.first }
        return out
    }

    /// Two full names that share a surname and a given-name initial are the same person.
    private static func sameGivenInitial(_ a: String, _ b: String) -> Bool {
        a.first == b.first
    }
}
