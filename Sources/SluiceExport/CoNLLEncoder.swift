import SluiceCore

/// CoNLL-style token/tag output: `token<TAB>tag` per line, a blank line after each sentence (or document when it
/// has no sentences), optionally `-DOCSTART-<TAB>O` and a blank line before each document.
///
/// Tags follow IOB2 (`B-PERSON`, `I-PERSON`, `O`) or BIOES. When entities overlap, the first one (by start,
/// then longest) wins.
struct CoNLLEncoder: RecordEncoder {
    let scheme: TaggingScheme
    let docstart: Bool

    func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        withTextBytes(doc) { bytes in
            let n = bytes.count
            var entities: [(range: Range<Int>, label: String)] = []
            for a in doc.annotations where a.kind == .entity {
                let s = min(max(0, a.start), n), e = min(max(s, a.end), n)
                if s < e { entities.append((s..<e, a.label ?? "ENTITY")) }
            }
            entities.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound }
            var kept: [(range: Range<Int>, label: String)] = []
            for e in entities where kept.last.map({ $0.range.upperBound <= e.range.lowerBound }) ?? true { kept.append(e) }
            var cuts: [Int] = []
            for e in kept {
                cuts.append(e.range.lowerBound)
                cuts.append(e.range.upperBound)
            }
            var segments = doc.annotations.compactMap { a -> Range<Int>? in
                guard a.kind == .sentence else { return nil }
                let s = min(max(0, a.start), n)
                return s..<min(max(s, a.end), n)
            }
            if segments.isEmpty { segments = [0..<n] }
            if docstart {
                JSONWriter.appendASCII("-DOCSTART-\tO\n\n", into: &out)
            }
            var e = 0
            for segment in segments {
                let tokens = ExportTokenizer.tokens(bytes, in: segment, cuts: cuts)
                guard !tokens.isEmpty else { continue }
                for t in tokens {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[t]))
                    out.append(0x09)
                    while e < kept.count && kept[e].range.upperBound <= t.lowerBound { e += 1 }
                    if e < kept.count && kept[e].range.lowerBound <= t.lowerBound {
                        let entity = kept[e]
                        let isFirst = t.lowerBound == entity.range.lowerBound
                        let isLast = t.upperBound >= entity.range.upperBound
                        let prefix: String
                        switch scheme {
                        case .iob2: prefix = isFirst ? "B-" : "I-"
                        case .bioes: prefix = isFirst ? (isLast ? "S-" : "B-") : (isLast ? "E-" : "I-")
                        }
                        JSONWriter.appendASCII(prefix, into: &out)
                        JSONWriter.appendASCII(entity.label, into: &out)
                    } else {
                        out.append(UInt8(ascii: "O"))
                    }
                    out.append(0x0A)
                }
                out.append(0x0A)
            }
        }
        return 1
    }
}
