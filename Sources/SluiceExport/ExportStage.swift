import Logging
import OrderedCollections
import SluiceCore
import Synchronization

/// The `export` stage: writes every document that reaches it, in input order, in one of several formats,
/// publishing files atomically when the run completes.
///
/// Records are serialised in parallel (``prepare(_:context:)``) and appended in order
/// (``commit(_:prepared:context:)``); ``finish(context:)`` completes and renames the files; ``abandon()``
/// leaves `NAME.partial` files. With `rejects: true` the export writes the run's rejected documents instead,
/// as they are offered through ``reject(_:kind:stage:reason:context:)``.
public final class ExportStage: OrderedStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "export",
        summary: "write documents as JSON Lines, per-unit JSON Lines, CSV/TSV, SQLite, plain text or CoNLL, atomically",
        discussion: """
            Writes every document that reaches this point, in input order. Relative paths resolve against the \
            pipeline's output folder. Files are written under a temporary name and renamed when the run completes, \
            so a file under its final name is always complete. Offsets of sentences and entities are Unicode scalar \
            offsets (Python `text[start:end]`) unless `offsets: utf8`. Options marked (FORMATS) apply only to those \
            formats. Schema and examples: docs/output-format.md.
            """,
        options: [
            StageOption("path", .string, required: true,
                        "output file relative to the output folder; {shard} = shard number, {task} = task index, {id}/{n} for layout: files"),
            StageOption("format", .choice(ExportFormat.allCases.map(\.rawValue)), default: "jsonl", "output format"),
            StageOption("rejects", .bool, default: false, "write the run's dropped and failed documents instead of documents"),
            StageOption("compression", .choice(CompressionKind.allCases.map(\.rawValue)),
                        "(file formats) auto (by extension: .gz, .zst), none, gzip or zstd; default auto"),
            StageOption("compression_level", .int, "(file formats) gzip 1-9 (default 6), zstd 1-19 (default 3)"),
            StageOption("shard", .any, "(file formats) start a new file every {documents: N} or {bytes: N}; the path needs {shard}"),
            StageOption("fields", .list(.string),
                        "(jsonl, jsonl_units, csv, tsv) fields of each record, in order; metadata.KEY picks one metadata value"),
            StageOption("drop", .list(.string), "(jsonl, jsonl_units, csv, tsv) fields removed from the selection"),
            StageOption("rename", .map(.string), "(jsonl, jsonl_units, csv, tsv) output names for fields, e.g. {text: content}"),
            StageOption("offsets", .choice(OffsetUnit.allCases.map(\.rawValue)),
                        "(jsonl, jsonl_units, csv, tsv, sqlite) span offsets: scalars (default, Python slicing) or utf8 bytes"),
            StageOption("flatten_metadata", .bool, "(jsonl) write metadata keys at the top level; default false"),
            StageOption("unit", .choice(ExportUnit.allCases.map(\.rawValue)),
                        "(jsonl_units, csv, tsv, text) one record per document, sentence or entity"),
            StageOption("header", .bool, "(csv, tsv) header row at the top of each file; default true"),
            StageOption("layout", .choice(TextLayout.allCases.map(\.rawValue)),
                        "(text) lines (default), paragraphs (blank line between documents) or files (one per document)"),
            StageOption("scheme", .choice(TaggingScheme.allCases.map(\.rawValue)), "(conll) entity tags: iob2 (default) or bioes"),
            StageOption("docstart", .bool, "(conll) write a -DOCSTART- line before each document; default false"),
            StageOption("batch_documents", .int, "(sqlite) documents per transaction; default 1000"),
            StageOption("include_text", .bool, "(sqlite) store document and sentence text; default true"),
        ],
        example: """
            - export: {format: jsonl, path: news.jsonl.gz}
              - export: {format: sqlite, path: news.db}
              - export: {format: csv, unit: entity, path: entities-{shard}.csv, shard: {documents: 100000}}
            """,
        readsText: false,  // decodes a pending text itself, unless JSON Lines can copy it as read
        module: "SluiceExport")

    /// The factory registered under `export`.
    public static let factory = StageFactory(description) { config in try ExportStage(configuration: config) }

    /// The checked options.
    public let settings: ExportSettings
    let encoder: (any RecordEncoder)?
    private let sink: Mutex<(any ExportSink)?>
    private let finished = Atomic<Bool>(false)

    /// Creates the stage from its options. Files are opened at the first document (or at finish).
    /// - Throws: ``StageConfigurationError`` naming the option at fault.
    public init(configuration config: StageConfiguration) throws {
        let s = try ExportSettings(configuration: config)
        settings = s
        encoder = Self.makeEncoder(s)
        sink = Mutex(nil)
    }

    static func makeEncoder(_ s: ExportSettings) -> (any RecordEncoder)? {
        if s.rejects { return nil }
        switch s.format {
        case .jsonl:
            return JSONLinesRecordEncoder(fields: s.selectedFields(default: JSONLinesRecordEncoder.defaultFields), rename: s.rename,
                                          offsets: s.offsets, flattenMetadata: s.flattenMetadata)
        case .jsonlUnits:
            return UnitRecordEncoder(unit: s.unit, fields: s.selectedFields(default: UnitField.defaults(for: s.unit)), rename: s.rename, offsets: s.offsets)
        case .csv, .tsv:
            return DelimitedRecordEncoder(tab: s.format == .tsv, unit: s.unit, fields: s.selectedFields(default: UnitField.defaults(for: s.unit)),
                                          rename: s.rename, offsets: s.offsets, header: s.header)
        case .text:
            return TextRecordEncoder(layout: s.layout, unit: s.unit)
        case .conll:
            return CoNLLEncoder(scheme: s.scheme, docstart: s.docstart)
        case .sqlite:
            return nil
        }
    }

    /// Serialises the document (parallel).
    public func prepare(_ document: Document, context: StageContext) throws -> ExportPayload {
        var payload = ExportPayload()
        if settings.rejects { return payload }
        if document.hasPendingText && encoder?.acceptsPendingText != true {
            var decoded = document
            decoded.decodePendingText()
            return try prepare(decoded, context: context)
        }
        if let encoder {
            payload.bytes.reserveCapacity(document.byteCount + 256)
            payload.records = encoder.encode(document, into: &payload.bytes)
            if settings.layout == .files { payload.fileKey = PathPattern.fileKey(document.id) }
        } else {
            payload.rows = SQLiteDocumentRows(document, offsets: settings.offsets, includeText: settings.includeText)
            payload.records = 1
        }
        return payload
    }

    /// Appends the prepared records (serial, input order).
    public func commit(_ document: inout Document, prepared: ExportPayload, context: StageContext) throws -> Verdict {
        if settings.rejects { return .keep }
        try withSink(context) { try $0.write(prepared) }
        context.count("records_written", by: prepared.records)
        context.count("bytes_written", by: prepared.bytes.count)
        return .keep
    }

    /// Writes one rejected (dropped or failed) document. The runner calls this, in input order, for every
    /// document it records as rejected; a `rejects: true` export writes it, an SQLite export stores it in its
    /// `rejects` table, other exports ignore it.
    public func reject(_ document: Document, kind: String, stage: String, reason: String, context: StageContext) throws {
        guard settings.rejects || settings.format == .sqlite else { return }
        let record = RejectRecord(id: document.id, kind: kind, stage: stage, reason: reason, source: document.source)
        try withSink(context) { try $0.writeReject(record) }
        context.count("rejects_written")
    }

    /// Completes the outputs and renames them into place.
    public func finish(context: StageContext) throws {
        try withSink(context) { sink in
            try sink.finish()
        }
        finished.store(true, ordering: .releasing)
        sink.withLock { $0 = nil }
        context.logger.info("wrote \(settings.path)")
    }

    /// Leaves unfinished outputs as `NAME.partial` (nothing under a final name).
    public func abandon() {
        sink.withLock { s in
            s?.abandon()
            s = nil
        }
    }

    private func withSink(_ context: StageContext, _ body: (any ExportSink) throws -> Void) throws {
        try sink.withLock { s in
            if s == nil { s = try makeSink(context) }
            try body(s!)
        }
    }

    private func makeSink(_ context: StageContext) throws -> any ExportSink {
        if finished.load(ordering: .acquiring) { throw FileError(path: settings.path, message: "export already finished") }
        let path = PathPattern.substituteTask(settings.path, taskIndex: context.environment.taskIndex)
        let s = settings
        switch s.format {
        case .sqlite:
            return try SQLiteSink(path: path, batchDocuments: s.batchDocuments, offsets: s.offsets)
        case .text where s.layout == .files && !s.rejects:
            return PerDocumentFileSink(pattern: path, compression: s.compression, level: s.compressionLevel)
        default:
            let header = s.rejects ? (s.header ? RejectRecord.header(s.format) : []) : (encoder?.fileHeader ?? [])
            return ShardedFileSink(pattern: path, compression: s.compression, level: s.compressionLevel, policy: s.shard,
                                   header: header, rejectFormat: s.rejects ? s.format : nil)
        }
    }
}
extension ExportStage: RejectsConsumer {}
