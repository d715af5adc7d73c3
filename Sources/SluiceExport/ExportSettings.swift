import OrderedCollections
import SluiceCore

/// The `export` stage's options after per-format checking.
///
/// Format-specific options have no declared default, so an option given to a format it does not apply to is
/// reported (``StageConfigurationError`` naming the option) instead of being silently ignored.
public struct ExportSettings: Sendable {
    /// The output path pattern, resolved against the output folder (may hold `{shard}`, `{task}`, `{id}`, `{n}`).
    public var path: String
    /// The output format.
    public var format: ExportFormat
    /// True: this export writes the run's rejects instead of documents.
    public var rejects: Bool
    /// Compression (``CompressionKind/auto`` already resolved from the path).
    public var compression: CompressionKind
    /// Compression level (`nil`: the codec's default).
    public var compressionLevel: Int?
    /// Sharding.
    public var shard: ShardPolicy
    /// Selected fields, in order (`nil`: the format's default).
    public var fields: [String]?
    /// Fields removed from the selection.
    public var drop: [String]
    /// Output names for fields.
    public var rename: [String: String]
    /// Offset unit of spans.
    public var offsets: OffsetUnit
    /// JSON Lines: write metadata keys at the top level.
    public var flattenMetadata: Bool
    /// What a record stands for.
    public var unit: ExportUnit
    /// CSV/TSV: write a header row at the top of every file.
    public var header: Bool
    /// Plain text layout.
    public var layout: TextLayout
    /// CoNLL tagging scheme.
    public var scheme: TaggingScheme
    /// CoNLL: write `-DOCSTART-` lines between documents.
    public var docstart: Bool
    /// SQLite: documents per transaction.
    public var batchDocuments: Int
    /// SQLite: store document and sentence text.
    public var includeText: Bool

    /// Options that apply only to some formats (every other option applies to all).
    static let applicability: [String: Set<ExportFormat>] = [
        "compression": [.jsonl, .jsonlUnits, .csv, .tsv, .text, .conll],
        "compression_level": [.jsonl, .jsonlUnits, .csv, .tsv, .text, .conll],
        "shard": [.jsonl, .jsonlUnits, .csv, .tsv, .text, .conll],
        "fields": [.jsonl, .jsonlUnits, .csv, .tsv],
        "drop": [.jsonl, .jsonlUnits, .csv, .tsv],
        "rename": [.jsonl, .jsonlUnits, .csv, .tsv],
        "offsets": [.jsonl, .jsonlUnits, .csv, .tsv, .sqlite],
        "flatten_metadata": [.jsonl],
        "unit": [.jsonlUnits, .csv, .tsv, .text],
        "header": [.csv, .tsv],
        "layout": [.text],
        "scheme": [.conll],
        "docstart": [.conll],
        "batch_documents": [.sqlite],
        "include_text": [.sqlite],
    ]

    /// Checks and reads the options.
    /// - Throws: ``StageConfigurationError`` naming the option at fault.
    public init(configuration c: StageConfiguration) throws(StageConfigurationError) {
        guard let p = c.string("path"), !p.isEmpty else { throw c.error("path", "give the output file") }
        path = FilePaths.resolve(p, against: c.outputDirectory)
        let formatName = c.string("format") ?? "jsonl"
        guard let f = ExportFormat(rawValue: formatName) else {
            throw c.error("format", "unknown format \"\(formatName)\"; use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        format = f
        rejects = c.bool("rejects") ?? false
        for (option, formats) in Self.applicability where c.value(option) != nil && !formats.contains(f) {
            // `compression: auto|none` is harmless everywhere.
            if option == "compression", ["auto", "none"].contains(c.string(option) ?? "") { continue }
            throw c.error(option, "does not apply to format \(f.rawValue) (it applies to \(formats.map(\.rawValue).sorted().joined(separator: ", ")))")
        }

        let compressionName = c.string("compression") ?? "auto"
        guard let kind = CompressionKind(rawValue: compressionName) else {
            throw c.error("compression", "unknown compression \"\(compressionName)\"; use auto, none, gzip or zstd")
        }
        compression = kind.resolved(forPath: p)
        if f == .sqlite && compression != .none { throw c.error("compression", "an SQLite database cannot be compressed") }
        compressionLevel = c.int("compression_level")
        if let level = compressionLevel {
            switch compression {
            case .gzip where !(1...9).contains(level): throw c.error("compression_level", "gzip levels are 1 to 9")
            case .zstd where !(1...19).contains(level): throw c.error("compression_level", "zstd levels are 1 to 19")
            case .none, .auto: throw c.error("compression_level", "the output is not compressed")
            default: break
            }
        }

        shard = try Self.shardPolicy(c)
        let hasShard = p.contains("{shard}")
        if shard != .none && !hasShard { throw c.error("path", "a sharded output needs {shard} in its path, e.g. out-{shard}.jsonl") }

        offsets = try Self.choice(c, "offsets", OffsetUnit.self) ?? .scalars
        flattenMetadata = c.bool("flatten_metadata") ?? false
        header = c.bool("header") ?? true
        layout = try Self.choice(c, "layout", TextLayout.self) ?? .lines
        scheme = try Self.choice(c, "scheme", TaggingScheme.self) ?? .iob2
        docstart = c.bool("docstart") ?? false
        batchDocuments = c.int("batch_documents") ?? 1000
        if batchDocuments < 1 { throw c.error("batch_documents", "must be at least 1") }
        includeText = c.bool("include_text") ?? true
        drop = c.strings("drop") ?? []
        fields = c.strings("fields")
        rename = [:]
        for (k, v) in c.value("rename")?.objectValue ?? [:] {
            guard let s = v.stringValue, !s.isEmpty else { throw c.error("rename", "the new name of \"\(k)\" must be a non-empty string") }
            rename[k] = s
        }

        let givenUnit = try Self.choice(c, "unit", ExportUnit.self)
        switch f {
        case .jsonlUnits:
            guard let u = givenUnit, u != .document else {
                throw c.error("unit", "jsonl_units needs unit: sentence or unit: entity (use format jsonl for documents)")
            }
            unit = u
        case .text:
            if givenUnit == .entity { throw c.error("unit", "text output takes unit: document or sentence") }
            unit = givenUnit ?? .document
        default:
            unit = givenUnit ?? .document
        }
        if f == .text && layout == .files {
            if !(p.contains("{id}") || p.contains("{n}")) {
                throw c.error("path", "layout: files writes one file per document: put {id} or {n} in the path, e.g. texts/{id}.txt")
            }
            if shard != .none { throw c.error("shard", "layout: files writes one file per document and cannot be sharded") }
        } else if p.contains("{id}") || p.contains("{n}") {
            throw c.error("path", "{id} and {n} are only for format: text with layout: files")
        }

        if rejects {
            switch f {
            case .jsonl, .csv, .tsv, .sqlite: break
            case .text where layout != .files: break
            default:
                throw c.error("rejects", "rejects can be written as jsonl, csv, tsv, sqlite or text (lines/paragraphs), not \(f.rawValue)\(f == .text ? " with layout: files" : "")")
            }
            for option in ["fields", "drop", "rename", "unit", "flatten_metadata"] where c.value(option) != nil {
                throw c.error(option, "does not apply to a rejects export (its records are id, kind, stage, reason, source)")
            }
        } else {
            try validateFields(c)
        }
    }

    private mutating func validateFields(_ c: StageConfiguration) throws(StageConfigurationError) {
        let available: [String]
        switch format {
        case .jsonl: available = JSONLinesRecordEncoder.allFields
        case .jsonlUnits, .csv, .tsv: available = UnitField.available(for: unit)
        default: return
        }
        func check(_ name: String, _ option: String) throws(StageConfigurationError) {
            if name.hasPrefix("metadata.") && name.count > 9 && (format == .jsonl || unit == .document) { return }
            if !available.contains(name) {
                let hint = Suggestions.closest(to: name, in: available).map { " (did you mean \"\($0)\"?)" } ?? ""
                throw c.error(option, "unknown field \"\(name)\"\(hint); fields: \(available.joined(separator: ", ")), metadata.KEY")
            }
        }
        for name in fields ?? [] { try check(name, "fields") }
        for name in drop { try check(name, "drop") }
        for name in rename.keys { try check(name, "rename") }
        if let fields, fields.isEmpty { throw c.error("fields", "select at least one field") }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ c: StageConfiguration, _ key: String, _: T.Type) throws(StageConfigurationError) -> T?
    where T.RawValue == String {
        guard let s = c.string(key) else { return nil }
        guard let v = T(rawValue: s) else {
            throw c.error(key, "unknown value \"\(s)\"; use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return v
    }

    private static func shardPolicy(_ c: StageConfiguration) throws(StageConfigurationError) -> ShardPolicy {
        guard let v = c.value("shard") else { return .none }
        guard let o = v.objectValue, o.count == 1, let key = o.keys.first, let value = o.values.first else {
            throw c.error("shard", "give {documents: N} or {bytes: N}")
        }
        guard let n = value.intValue, n > 0 else { throw c.error("shard", "\(key) must be a positive integer") }
        switch key {
        case "documents": return .documents(n)
        case "bytes": return .bytes(n)
        default: throw c.error("shard", "unknown key \"\(key)\"; give {documents: N} or {bytes: N}")
        }
    }

    /// The selected fields after applying `drop`.
    func selectedFields(default defaults: [String]) -> [String] {
        (fields ?? defaults).filter { !drop.contains($0) }
    }
}
