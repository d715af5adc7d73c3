/// A stage that processes several documents per call, on any worker in parallel.
///
/// For stages with a high fixed cost per call: a round trip to an external process, a model that scores a
/// batch at once. The runner cuts each of its batches into chunks of at most ``maxBatchDocuments`` live
/// documents, in input order, and calls ``process(_:context:)`` once per chunk; chunks of different batches
/// run on different workers at the same time. The chunking depends only on the input (never on the number of
/// workers), so results stay deterministic.
///
/// Return one result per document, in the same order: `.success(verdict)` keeps or drops it,
/// `.failure(error)` fails it under the pipeline's error policy. Throwing from `process` fails every document
/// of the chunk with that error.
public protocol BatchStage: Stage {
    /// The most documents handed to one ``process(_:context:)`` call (at least 1).
    var maxBatchDocuments: Int { get }

    /// Processes a chunk of documents in place and returns one result per document, in order.
    func process(_ documents: inout [Document], context: StageContext) throws -> [Result<Verdict, any Error>]
}

/// Thrown for a chunk whose ``BatchStage/process(_:context:)`` returned the wrong number of results.
public struct BatchResultCountError: Error, Sendable, CustomStringConvertible {
    /// Documents handed to the stage.
    public var documents: Int
    /// Results it returned.
    public var results: Int

    public var description: String {
        "the stage returned \(results) result\(results == 1 ? "" : "s") for \(documents) document\(documents == 1 ? "" : "s")"
    }
}
