/// Decides which spans of a document are boilerplate, in plain-text or HTML-block mode.
///
/// Build one classifier per configuration (it pre-hashes the phrase lists) and share it across
/// threads; classification allocates only per-call scratch.
public struct BoilerplateClassifier: Sendable {
    /// The configuration in use.
    public let config: BoilerplateConfig
    let phrases: PhraseTable

    /// Creates a classifier; phrase lists are normalised and hashed here, once.
    public init(config: BoilerplateConfig = BoilerplateConfig()) {
        self.config = config
        self.phrases = PhraseTable(config: config)
    }

    /// Classifies already-extracted text line by line.
    ///
    /// - Parameters:
    ///   - text: the document.
    ///   - frequentLines: result of a corpus first pass (``CorpusLineCounter``); lines flagged there
    ///     for `group` are removed with rule `corpus-repeated`.
    ///   - group: the document's site, domain or folder, as given to ``CorpusLineCounter/observe(text:group:)``.
    /// - Returns: removals sorted by offset, non-overlapping.
    public func classifyPlainText(_ text: String, frequentLines: CorpusLineStats? = nil, group: String = "") -> [Removal] {
        var copy = text
        let rules = PlainTextRules(config: config, phrases: phrases)
        let g = CorpusKey.groupHash(group)
        return copy.withUTF8 { rules.classify($0, stats: frequentLines, groupHash: g) }
    }

    /// Classifies the blocks of an HTML document (main-content extraction).
    ///
    /// - Parameters:
    ///   - text: the text extracted from the HTML, which the blocks' offsets index.
    ///   - blocks: one entry per text block, in document order.
    ///   - title: the page title (`<title>` or `og:title`) when known; helps to find the headline,
    ///     which is removed (rule `html-headline`) unless ``BoilerplateConfig/htmlKeepHeadline``.
    /// - Returns: removals (whole blocks), sorted by offset.
    ///
    /// Pass blocks built with ``BoilerplateBlock/init(start:end:tag:tagPath:classAndIDText:linkTextShare:headingLevel:depth:)``
    /// from the decoder's space-separated class/id string: the classifier reads its bytes and never
    /// needs the tokens split.
    public func classifyHTMLBlocks(_ text: String, blocks: [BoilerplateBlock], title: String?) -> [Removal] {
        var copy = text
        let rules = HTMLBlockRules(config: config, phrases: phrases)
        return copy.withUTF8 { rules.classify($0, blocks: blocks, title: title) }
    }

    /// Whether the text left after `removals` is too small to keep, and why.
    ///
    /// Counts letters and digits (ASCII) plus non-ASCII scalars outside the removed spans and
    /// compares with ``BoilerplateConfig/minContentBytes``.
    ///
    /// - Parameter stopCounting: stop counting once the document is known to be kept, so
    ///   ``BoilerplateVerdict/keptContentBytes`` is then only a lower bound (at least the minimum). The stage
    ///   passes `true`: it needs the verdict, not the count, and a long document is decided in its first lines.
    public func assess(_ text: String, removals: [Removal], stopCounting: Bool = false) -> BoilerplateVerdict {
        var copy = text
        let limit = stopCounting ? config.minContentBytes : Int.max
        let kept = copy.withUTF8 { buf -> Int in
            var count = 0
            var pos = 0
            func scan(_ lo: Int, _ hi: Int) {
                var i = lo
                while i < hi && count < limit {
                    let b = buf[i]
                    if b >= 0xC0 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { count += 1 }
                    i += 1
                }
            }
            for r in removals.sorted(by: { $0.start < $1.start }) {
                if r.start > pos { scan(pos, min(r.start, buf.count)) }
                pos = max(pos, r.end)
            }
            if pos < buf.count { scan(pos, buf.count) }
            return count
        }
        if kept < config.minContentBytes {
            return BoilerplateVerdict(keptContentBytes: kept,
                                      dropReason: "too-little-content: \(kept) content bytes left, minimum \(config.minContentBytes)")
        }
        return BoilerplateVerdict(keptContentBytes: kept, dropReason: nil)
    }

    /// The text with every removal cut out.
    public static func apply(_ removals: [Removal], to text: String) -> String {
        if removals.isEmpty { return text }
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pos = 0
        for r in removals.sorted(by: { $0.start < $1.start }) {
            let s = min(max(r.start, pos), utf8.count)
            if s > pos { out.append(contentsOf: utf8[pos..<s]) }
            pos = max(pos, min(r.end, utf8.count))
        }
        if pos < utf8.count { out.append(contentsOf: utf8[pos...]) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Document-level outcome after boilerplate removal.
public struct BoilerplateVerdict: Sendable, Equatable {
    /// Letters and digits left after the removals.
    public var keptContentBytes: Int
    /// Why the document should be dropped, or `nil` to keep it.
    public var dropReason: String?
    /// Whether the document should be dropped.
    public var shouldDrop: Bool { dropReason != nil }
}
