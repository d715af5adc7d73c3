/// The output formats of the `export` stage.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One JSON object per document (`docs/output-format.md`).
    case jsonl
    /// One JSON object per sentence or per entity, with the document id.
    case jsonlUnits = "jsonl_units"
    /// Comma-separated values (RFC 4180 quoting, CRLF line ends).
    case csv
    /// Tab-separated values (RFC 4180 quoting with a tab delimiter, LF line ends).
    case tsv
    /// An SQLite database with `documents`, `sentences`, `entities` and `rejects` tables.
    case sqlite
    /// Plain text: one unit per line, blank-line separated documents, or one file per document.
    case text
    /// CoNLL-style `token<TAB>tag` lines with IOB2 or BIOES entity tags.
    case conll
}

/// Which offsets exported spans use.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalars: what Python's `text[start:end]` uses (default).
    case scalars
    /// UTF-8 bytes.
    case utf8
}

/// What one output record (or line) stands for.
public enum ExportUnit: String, Sendable, CaseIterable {
    /// A whole document.
    case document
    /// One sentence (a `.sentence` annotation).
    case sentence
    /// One entity mention (an `.entity` annotation).
    case entity
}

/// How plain-text output is laid out.
public enum TextLayout: String, Sendable, CaseIterable {
    /// One unit per line (newlines inside a unit become spaces).
    case lines
    /// One unit per line, documents separated by a blank line (tokenizer-training layout).
    case paragraphs
    /// One file per document; the path holds `{id}` or `{n}`.
    case files
}

/// Entity tagging scheme of CoNLL output.
public enum TaggingScheme: String, Sendable, CaseIterable {
    /// `B-X` starts an entity, `I-X` continues it, `O` is outside.
    case iob2
    /// `B-X`, `I-X`, `E-X` (last token), `S-X` (single-token entity), `O`.
    case bioes
}

/// Output compression.
public enum CompressionKind: String, Sendable, CaseIterable {
    /// From the path's extension: `.gz` → gzip, `.zst`/`.zstd` → zstd, anything else → none.
    case auto
    /// No compression.
    case none
    /// gzip (zlib deflate), default level 6.
    case gzip
    /// Zstandard, default level 3.
    case zstd

    /// Resolves ``auto`` from a path's extension.
    public func resolved(forPath path: String) -> CompressionKind {
        guard self == .auto else { return self }
        let name = path.lowercased()
        if name.hasSuffix(".gz") { return .gzip }
        if name.hasSuffix(".zst") || name.hasSuffix(".zstd") { return .zstd }
        return .none
    }
}

/// When a sharded output starts a new file.
public enum ShardPolicy: Sendable, Hashable {
    /// One file.
    case none
    /// At most this many documents per file.
    case documents(Int)
    /// A new file once this many (uncompressed) bytes have been written; documents are never split.
    case bytes(Int)
}
