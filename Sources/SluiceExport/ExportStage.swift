import Logging
import OrderedCollections
import SluiceCore
import Synchronization

/// The `export` stage: writes every document that reaches it, in input order, atomically.
///
/// Records are serialised in parallel (`prepare`) and appended in order (`commit`); the file appears under
/// its final name only when the run completes (an interrupted run leaves `<path>.partial`).
public final class ExportStage: OrderedStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "export",
        summary: "write documents to a file (JSON Lines), in input order, atomically",
        discussion: """
            Writes every document that reaches this point. Relative paths resolve against the pipeline's output \
            folder (`output:` or `--output`). The file is written under a temporary name and renamed when the run \
            completes, so a file under its final name is always complete. Offsets of sentences and entities are \
            Unicode scalar offsets (Python `text[start:end]`) unless `offsets: utf8`. See docs/output-format.md.
            """,
        options: [
            StageOption("path", .string, required: true, "output file (relative to the output folder)"),
            StageOption("format", .choice(["jsonl"]), default: "jsonl", "output format"),
            StageOption("fields", .list(.choice(JSONLinesRecordEncoder.allFields)),
                        default: .array(JSONLinesRecordEncoder.defaultFields.map(JSONValue.string)), "fields of each record, in order"),
            StageOption("rename", .map(.string), default: [:], "output names for fields, e.g. {text: content}"),
            StageOption("offsets", .choice(OffsetUnit.allCases.map(\.rawValue)), default: "scalars", "span offsets: Unicode scalars or UTF-8 bytes"),
            StageOption("flatten_metadata", .bool, default: false, "write metadata keys at the top level of each record"),
        ],
        example: "- export: {format: jsonl, path: news.jsonl}",
        module: "SluiceExport")

    /// The factory registered under `export`.
    public static let factory = StageFactory(description) { config in try ExportStage(configuration: config) }

    let path: String
    let encoder: JSONLinesRecordEncoder
    private let writer: Mutex<AtomicFileWriter?>

    /// Creates the stage from checked options. The file is opened at the first document (or at finish).
    public init(configuration config: StageConfiguration) throws {
        guard let p = config.string("path"), !p.isEmpty else { throw config.error("path", "give the output file") }
        path = FilePaths.resolve(p, against: config.outputDirectory)
        encoder = JSONLinesRecordEncoder(
            fields: config.strings("fields") ?? JSONLinesRecordEncoder.defaultFields,
            rename: (config.value("rename")?.objectValue ?? [:]).reduce(into: [:]) { $0[$1.key] = $1.value.stringValue },
            offsets: OffsetUnit(rawValue: config.string("offsets") ?? "scalars") ?? .scalars,
            flattenMetadata: config.bool("flatten_metadata") ?? false)
        writer = Mutex(nil)
    }

    public func prepare(_ document: Document, context: StageContext) throws -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(document.text.utf8.count + 128)
        encoder.encode(document, into: &line)
        return line
    }

    public func commit(_ document: inout Document, prepared: [UInt8], context: StageContext) throws -> Verdict {
        try writer.withLock { w throws(FileError) in
            if w == nil { w = try AtomicFileWriter(path: path) }
            try w!.write(prepared)
        }
        context.count("bytes_written", by: prepared.count)
        return .keep
    }

    public func finish(context: StageContext) throws {
        try writer.withLock { w throws(FileError) in
            if w == nil { w = try AtomicFileWriter(path: path) }
            try w!.commit()
            w = nil
        }
        context.logger.info("wrote \(path)")
    }

    public func abandon() {
        writer.withLock { w in
            w?.abandon()
            w = nil
        }
    }
}
