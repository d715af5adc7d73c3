import OrderedCollections

/// Resource limits of a run (`limits:` in a pipeline file), with safe defaults.
///
/// Each limit, when hit, drops or fails only the document or file concerned, with a reason that names the
/// limit; see `docs/reliability.md`. The longest record in bytes is `input.max_record_bytes`.
public struct ResourceLimits: Sendable, Hashable {
    /// Most Unicode scalars a document's text may hold after any stage (`max_document_chars`).
    public var maxDocumentCharacters: Int
    /// Caps on gzip input (`max_decompressed_bytes`, `max_compression_ratio`).
    public var decompression: DecompressionLimits
    /// Time one stage may spend on one document, in nanoseconds (`stage_time_budget`, in seconds); `nil`: none.
    public var stageTimeBudgetNanoseconds: UInt64?
    /// Most record bytes in flight at once across batches (`max_in_flight_bytes`): the memory budget.
    public var maxInFlightBytes: Int

    /// Creates limits (the defaults unless given).
    public init(maxDocumentCharacters: Int = 64 << 20, decompression: DecompressionLimits = .default,
                stageTimeBudgetNanoseconds: UInt64? = 60_000_000_000, maxInFlightBytes: Int = 512 << 20) {
        self.maxDocumentCharacters = maxDocumentCharacters
        self.decompression = decompression
        self.stageTimeBudgetNanoseconds = stageTimeBudgetNanoseconds
        self.maxInFlightBytes = maxInFlightBytes
    }

    /// The options of the `limits:` mapping.
    static let options: [StageOption] = [
        StageOption("max_document_chars", .int, default: .int(64 << 20), "most characters (Unicode scalars) in a document's text"),
        StageOption("max_decompressed_bytes", .int, default: .int(16 << 30), "most bytes one gzip file may expand to"),
        StageOption("max_compression_ratio", .int, default: 200, "most expansion of gzip data (checked past 64 MiB)"),
        StageOption("stage_time_budget", .double, default: .double(60), "seconds one stage may spend on one document; 0: no budget"),
        StageOption("max_in_flight_bytes", .int, default: .int(512 << 20), "most record bytes in flight across batches"),
    ]

    /// Limits from checked `limits:` values (defaults filled in).
    init(values: JSONObject) {
        let d = ResourceLimits()
        maxDocumentCharacters = max(1, values["max_document_chars"]?.intValue ?? d.maxDocumentCharacters)
        decompression = DecompressionLimits(
            maxBytes: Int64(max(1, values["max_decompressed_bytes"]?.intValue ?? Int(d.decompression.maxBytes))),
            maxRatio: max(1, values["max_compression_ratio"]?.intValue ?? d.decompression.maxRatio))
        let seconds = values["stage_time_budget"]?.doubleValue ?? 60
        stageTimeBudgetNanoseconds = seconds > 0 ? UInt64(seconds * 1e9) : nil
        maxInFlightBytes = max(1, values["max_in_flight_bytes"]?.intValue ?? d.maxInFlightBytes)
    }
}
