import Logging
import OrderedCollections
import SluiceCore
import Synchronization

/// The `dedup` stage: exact and MinHash near-duplicate removal plus repeated-span removal, deterministic
/// for any number of workers (signatures in parallel, decisions in input order).
public final class DedupStage: CrossShardStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "dedup",
        summary: "remove exact and near-duplicate documents (MinHash LSH) and repeated lines/paragraphs",
        discussion: """
            Document level: `method` exact (128-bit hash of the normalised text), minhash (word or character \
            n-gram shingles, LSH with bands × rows, confirmed by the estimated or exact Jaccard) or both. The first \
            document of a cluster in input order is kept; every document gets `dedup_cluster` metadata, duplicates \
            get `duplicate_of` and `similarity` and are dropped (or kept with `action: annotate`). Span level: \
            `repeated_spans` removes lines, paragraphs or sentences already seen in earlier documents (at least \
            `min_span_length` normalised bytes) and repeated lines inside a document. `index_in`/`index_out` load \
            and save the document index for incremental runs.
            """,
        options: [
            StageOption("method", .choice(["exact", "minhash", "both", "none"]), default: "both", "document-level duplicate detection"),
            StageOption("threshold", .double, default: 0.5, "Jaccard similarity at or above which documents are near duplicates"),
            StageOption("shingle_size", .int, default: 3, "words (or characters) per shingle"),
            StageOption("shingle_unit", .choice(["word", "character"]), default: "word", "shingle unit"),
            StageOption("num_hashes", .int, default: 128, "MinHash signature length (must equal bands × rows)"),
            StageOption("bands", .int, default: 32, "LSH bands"),
            StageOption("rows", .int, default: 4, "LSH rows per band"),
            StageOption("confirm", .choice(["estimated", "exact", "none"]), default: "estimated",
                        "how LSH candidates are confirmed (none: every candidate is a duplicate, as datatrove does)"),
            StageOption("lowercase", .bool, default: true, "ignore case"),
            StageOption("ignore_punctuation", .bool, default: true, "ignore punctuation"),
            StageOption("ignore_digits", .bool, default: true, "treat all digits alike"),
            StageOption("action", .choice(["drop", "annotate"]), default: "drop", "drop duplicates, or keep them with metadata"),
            StageOption("repeated_spans", .choice(["none", "line", "paragraph", "sentence"]), default: "none", "remove spans seen in earlier documents"),
            StageOption("min_span_length", .int, default: 50, "shortest normalised span (bytes) removed as a repeat"),
            StageOption("collapse_repeated_lines", .bool, default: true, "with repeated_spans: drop later copies of a line within a document"),
            StageOption("index_in", .path, "load a saved index first (incremental dedup)"),
            StageOption("index_out", .string, "save the index here at the end (relative to the output folder)"),
        ],
        example: "- dedup: {method: minhash, threshold: 0.8}",
        module: "SluiceDedup")

    /// The factory registered under `dedup`.
    public static let factory = StageFactory(description) { config in try DedupStage(configuration: config) }

    /// What the parallel part computes for one document.
    public struct Signatures: Sendable {
        var document: DocumentSignature?
        var spans: SpanSignature?
        init(document: DocumentSignature? = nil, spans: SpanSignature? = nil) {
            self.document = document
            self.spans = spans
        }
    }

    private let config: DedupConfig?
    private let deduplicator: Deduplicator?
    private let spanDeduplicator: SpanDeduplicator?
    let annotateOnly: Bool
    private let indexOut: String?
    private let state: Mutex<IndexState>

    /// Mutable indexes, touched only by `commit` (serial) and `finish`.
    fileprivate struct IndexState: ~Copyable {
        var documents: DedupIndex?
        var spans: SpanIndex?
    }

    /// Creates the stage from checked options.
    public init(configuration c: StageConfiguration) throws {
        let method = c.string("method") ?? "both"
        let normalization = TextNormalization(
            lowercase: c.bool("lowercase") ?? true, collapseWhitespace: true,
            removePunctuation: c.bool("ignore_punctuation") ?? true, normalizeDigits: c.bool("ignore_digits") ?? true)
        var documentIndex: DedupIndex?
        if method != "none" {
            let dc = DedupConfig(
                method: DedupConfig.Method(rawValue: method) ?? .both, normalization: normalization,
                shingleUnit: DedupConfig.ShingleUnit(rawValue: c.string("shingle_unit") ?? "word") ?? .word,
                shingleSize: c.int("shingle_size") ?? 3, numHashes: c.int("num_hashes") ?? 128,
                bands: c.int("bands") ?? 32, rows: c.int("rows") ?? 4, threshold: c.double("threshold") ?? 0.5,
                confirmation: DedupConfig.Confirmation(rawValue: c.string("confirm") ?? "estimated") ?? .estimated)
            if let problem = dc.validationErrors.first {
                let key = problem.contains("band") || problem.contains("row") || problem.contains("hash") ? "num_hashes"
                    : problem.contains("threshold") ? "threshold" : problem.contains("shingle") ? "shingle_size" : nil
                throw StageConfigurationError(option: key, message: problem)
            }
            config = dc
            deduplicator = Deduplicator(dc)
            if let path = c.path("index_in") {
                do {
                    documentIndex = try DedupIndex.load(from: path, config: dc)
                } catch {
                    throw c.error("index_in", "cannot load index \(path): \(error)")
                }
            } else {
                documentIndex = DedupIndex(config: dc)
            }
        } else {
            config = nil
            deduplicator = nil
        }
        var spanIndex: SpanIndex?
        let unit = c.string("repeated_spans") ?? "none"
        if let u = SpanDedupConfig.Unit(rawValue: unit) {
            let minLength = c.int("min_span_length") ?? 50
            if minLength < 1 { throw c.error("min_span_length", "must be at least 1") }
            let sc = SpanDedupConfig(unit: u, minLength: minLength, normalization: normalization,
                                     collapseRepeatedLines: c.bool("collapse_repeated_lines") ?? true)
            spanDeduplicator = SpanDeduplicator(sc)
            spanIndex = SpanIndex(config: sc)
        } else {
            spanDeduplicator = nil
        }
        if method == "none" && spanIndex == nil {
            throw c.error("method", "nothing to do: method is none and repeated_spans is none")
        }
        annotateOnly = c.string("action") == "annotate"
        indexOut = c.string("index_out").map { FilePaths.resolve($0, against: c.outputDirectory) }
        state = Mutex(IndexState(documents: documentIndex, spans: spanIndex))
    }

    public func prepare(_ document: Document, context: StageContext) throws -> Signatures {
        Signatures(document: deduplicator?.signature(of: document.text), spans: spanDeduplicator?.signature(of: document.text))
    }

    public func commit(_ document: inout Document, prepared: Signatures, context: StageContext) throws -> Verdict {
        let outcome = state.withLock { s in Self.decide(prepared, id: document.id, state: &s, annotateOnly: annotateOnly) }
        return Self.apply(outcome, to: &document, annotateOnly: annotateOnly, context: context)
    }

    /// The ordered decision for one document: its document-level decision and the repeated spans to remove.
    struct Outcome {
        var decision: DedupDecision?
        var spanRanges: [Range<Int>]
    }

    static fileprivate func decide(_ prepared: Signatures, id: String, state s: inout IndexState, annotateOnly: Bool) -> Outcome {
        let d = prepared.document.flatMap { s.documents?.decide($0, documentID: id) }
        var ranges: [Range<Int>] = []
        // Only kept documents feed the span index (a dropped duplicate must not suppress spans elsewhere).
        if let spans = prepared.spans, d?.isDuplicate != true || annotateOnly, let index = s.spans {
            ranges = index.process(spans)
        }
        return Outcome(decision: d, spanRanges: ranges)
    }

    static func apply(_ outcome: Outcome, to document: inout Document, annotateOnly: Bool, context: StageContext) -> Verdict {
        if !outcome.spanRanges.isEmpty {
            let removed = document.deleteRanges(outcome.spanRanges)
            document.record(stage: context.stageName, action: .modified,
                            detail: "removed \(outcome.spanRanges.count) repeated span(s), \(removed) bytes")
            context.count("repeated_spans_removed", by: outcome.spanRanges.count)
        }
        guard let decision = outcome.decision else { return .keep }
        document.metadata["dedup_cluster"] = .string(decision.cluster)
        switch decision {
        case .unique:
            return .keep
        case .duplicate(let of, _, let similarity, let kind):
            document.metadata["duplicate_of"] = .string(of)
            document.metadata["similarity"] = .double((similarity * 1000).rounded() / 1000)
            context.count(kind == .exact ? "exact_duplicates" : "near_duplicates")
            if annotateOnly { return .keep }
            let reason = kind == .exact ? "exact duplicate" : "near duplicate"
            return .drop(reason: reason, detail: "of \"\(of)\" (similarity \((similarity * 1000).rounded() / 1000))")
        }
    }

    /// The ordered decision, using the stage's own indexes (the merge job of a sharded run calls this).
    func decideShared(_ prepared: Signatures, id: String) -> Outcome {
        state.withLock { s in Self.decide(prepared, id: id, state: &s, annotateOnly: annotateOnly) }
    }

    /// Saves the document index to `index_out`, if given.
    func saveIndexIfRequested() throws {
        try state.withLock { s throws in
            guard let index = s.documents, let indexOut else { return }
            try FileIO.makeDirectories(FilePaths.directory(of: indexOut))
            try index.save(to: indexOut)
        }
    }

    public func finish(context: StageContext) throws {
        let (count, bytesPerDocument) = try state.withLock { s throws -> (Int, Double) in
            guard let index = s.documents else { return (0, 0) }
            if let indexOut {
                try FileIO.makeDirectories(FilePaths.directory(of: indexOut))
                try index.save(to: indexOut)
            }
            return (index.documentCount, index.bytesPerDocument)
        }
        context.logger.info("dedup index: \(count) documents, \(Int(bytesPerDocument)) bytes per document")
    }

}

/// The stages of the `SluiceDedup` module.
public enum SluiceDedupModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [DedupStage.factory]
}
