/// What a stage decided about one document.
public enum Verdict: Sendable, Hashable {
    /// Pass the document on to the next stage.
    case keep
    /// Remove the document from the output. `reason` is a short, stable category (a stats key); `detail`
    /// says more about this document (e.g. which document it duplicates) and goes to the rejects file.
    case drop(reason: String, detail: String? = nil)
}

/// The common base of every stage.
///
/// Stages are created once per run from their YAML options (see ``StageFactory``) and shared by all workers,
/// so they must be `Sendable`: immutable, or protecting mutable state with a lock. Do not implement `Stage`
/// directly; adopt ``DocumentStage``, ``BatchStage``, ``OrderedStage`` or ``CorpusStage``.
///
/// ## Contract every stage honours
/// - **Determinism**: the same document and options give the same result, whatever thread runs it.
/// - **Errors**: throw for a document that cannot be processed; the runner applies the pipeline's error policy
///   (`fail`, `skip`, `quarantine`) and names the stage, document and source in the message. Never crash.
/// - **Dropping** is a ``Verdict/drop(reason:)`` with a short, stable reason (it becomes a stats key).
/// - **Offsets**: annotations use UTF-8 byte offsets into the text; keep them valid when changing the text
///   (``Document/deleteRanges(_:)`` does that).
/// - **Finishing**: ``finish(context:)`` is called once after the last document (flush files there);
///   ``abandon()`` instead when the run fails or is interrupted.
///
/// ``StageConformance`` (in `SluiceCore`) checks these properties for any stage.
public protocol Stage: Sendable {
    /// Called once after every document has been processed. Flush and close outputs here.
    func finish(context: StageContext) throws
    /// Called instead of ``finish(context:)`` when the run stops early; leave nothing that looks complete.
    func abandon()
}

extension Stage {
    public func finish(context: StageContext) throws {}
    public func abandon() {}
}

/// A stage that looks at one document at a time and may run on any worker in parallel (map or filter).
///
/// The common case: decoding, cleaning, splitting, tagging.
public protocol DocumentStage: Stage {
    /// Processes one document in place and says whether it stays.
    func process(_ document: inout Document, context: StageContext) throws -> Verdict
}

/// A stage whose decisions depend on the documents before it, in input order (dedup, writers).
///
/// The work is split in two so that the result never depends on scheduling:
/// ``prepare(_:context:)`` runs in parallel on any worker (compute a signature, serialise a record) and
/// ``commit(_:prepared:context:)`` runs serially, exactly once per document, in input order.
public protocol OrderedStage: Stage {
    /// What ``prepare(_:context:)`` hands to ``commit(_:prepared:context:)``.
    associatedtype Prepared: Sendable

    /// The parallel part: pure, thread-safe work on one document.
    func prepare(_ document: Document, context: StageContext) throws -> Prepared

    /// The ordered part: called serially in input order; may update shared state.
    func commit(_ document: inout Document, prepared: Prepared, context: StageContext) throws -> Verdict
}

/// A stage that needs one pass over the whole corpus before it can process documents
/// (e.g. corpus-wide line frequencies for boilerplate removal).
///
/// The runner first streams the corpus through the stages before this one, calling
/// ``observe(_:into:context:)`` in parallel on batch-local summaries and ``merge(_:into:)`` in input order;
/// then it calls ``makeProcessor(summary:context:)`` and runs the real pass with the returned stage.
/// Summaries must stay bounded in size (use a sketch or a cap), whatever the corpus size.
public protocol CorpusStage: Stage {
    /// Bounded, mergeable statistics gathered over the corpus.
    associatedtype Summary: Sendable

    /// An empty summary.
    func makeSummary() -> Summary
    /// Adds one document to a summary (parallel; each summary is used by one worker at a time).
    func observe(_ document: Document, into summary: inout Summary, context: StageContext)
    /// Folds `partial` into `total` (called in input order).
    func merge(_ partial: Summary, into total: inout Summary)
    /// Builds the stage that processes documents in the second pass.
    func makeProcessor(summary: Summary, context: StageContext) throws -> any Stage
}

/// A stage that also wants the run's rejected documents (an export that writes rejects in its own format).
///
/// ``reject(_:kind:stage:reason:context:)`` is called serially, in input order, for every document that was
/// dropped (`kind` "dropped") or failed (`kind` "error") anywhere in the pipeline, before ``Stage/finish(context:)``.
public protocol RejectsConsumer: Stage {
    /// Receives one rejected document.
    func reject(_ document: Document, kind: String, stage: String, reason: String, context: StageContext) throws
}
