#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB
import SluiceCore

/// Writes documents, sentences, entities and rejects into an SQLite database through GRDB.
///
/// Rows are inserted in batched transactions (`batch_documents` documents each) with cached statements;
/// indexes are built at the end. The database is written under a hidden temporary name (no journal: atomicity
/// comes from the final rename) and renamed into place by ``finish()``.
final class SQLiteSink: ExportSink, @unchecked Sendable {
    /// The schema version stored in `sluice_meta`.
    static let schemaVersion = 1

    private let finalPath: String
    private let temporaryPath: String
    private let batchDocuments: Int
    private let offsets: OffsetUnit
    private var queue: DatabaseQueue?
    private var pending: [SQLiteDocumentRows] = []
    private var pendingRejects: [RejectRecord] = []
    private var documentRow = 0
    private var sentenceRow = 0
    private var entityRow = 0
    private var rejectRow = 0

    init(path: String, batchDocuments: Int, offsets: OffsetUnit) throws {
        finalPath = path
        TemporaryFiles.removeStale(for: path)
        temporaryPath = TemporaryFiles.path(for: path)
        self.batchDocuments = batchDocuments
        self.offsets = offsets
        try FileIO.makeDirectories(FilePaths.directory(of: path))
        unlink(temporaryPath)
        var config = Configuration()
        config.label = "sluice-export"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536")
        }
        do {
            let q = try DatabaseQueue(path: temporaryPath, configuration: config)
            try q.write { db in try db.execute(sql: Self.schema) }
            queue = q
        } catch {
            unlink(temporaryPath)
            throw FileError(path: path, message: "cannot create SQLite database: \(error)")
        }
    }

    deinit {
        if let queue {
            try? queue.close()
            unlink(temporaryPath)
        }
    }

    static let schema = """
        CREATE TABLE sluice_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            text TEXT,
            source_path TEXT,
            source_record INTEGER,
            metadata TEXT
        );
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT
        );
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence_id INTEGER REFERENCES sentences(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT,
            text TEXT NOT NULL,
            canonical TEXT NOT NULL,
            source TEXT,
            attributes TEXT
        );
        CREATE TABLE rejects (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            source_path TEXT,
            source_record INTEGER,
            source_offset INTEGER
        );
        """

    static let indexes = """
        CREATE INDEX documents_doc_id ON documents(doc_id);
        CREATE INDEX sentences_document ON sentences(document_id);
        CREATE INDEX entities_document ON entities(document_id);
        CREATE INDEX entities_sentence ON entities(sentence_id);
        CREATE INDEX entities_canonical_label ON entities(canonical, label);
        CREATE INDEX entities_label ON entities(label);
        CREATE INDEX rejects_doc_id ON rejects(doc_id);
        """

    func write(_ payload: ExportPayload) throws {
        guard let rows = payload.rows else { return }
        pending.append(rows)
        if pending.count >= batchDocuments { try flush() }
    }

    func writeReject(_ record: RejectRecord) throws {
        pendingRejects.append(record)
        if pendingRejects.count >= batchDocuments { try flush() }
    }

    /// Inserts the pending rows in one transaction.
    private func flush() throws {
        guard let queue, !pending.isEmpty || !pendingRejects.isEmpty else { return }
        let batch = pending, rejects = pendingRejects
        pending.removeAll(keepingCapacity: true)
        pendingRejects.removeAll(keepingCapacity: true)
        var d = documentRow, s = sentenceRow, e = entityRow, r = rejectRow
        try queue.write { db in
            let insertDocument = try db.cachedStatement(
                sql: "INSERT INTO documents (id, doc_id, text, source_path, source_record, metadata) VALUES (?, ?, ?, ?, ?, ?)")
            let insertSentence = try db.cachedStatement(
                sql: "INSERT INTO sentences (id, document_id, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?)")
            let insertEntity = try db.cachedStatement(sql: """
                INSERT INTO entities (id, document_id, sentence_id, idx, start, "end", label, text, canonical, source, attributes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertReject = try db.cachedStatement(sql: """
                INSERT INTO rejects (id, doc_id, kind, stage, reason, source_path, source_record, source_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for doc in batch {
                d += 1
                try insertDocument.execute(arguments: [d, doc.id, doc.text, doc.sourcePath, doc.sourceRecord, doc.metadata])
                let firstSentence = s + 1
                for (k, x) in doc.sentences.enumerated() {
                    s += 1
                    try insertSentence.execute(arguments: [s, d, k, x.start, x.end, x.text])
                }
                for (k, x) in doc.entities.enumerated() {
                    e += 1
                    let sentenceID = x.sentence.map { firstSentence + $0 }
                    try insertEntity.execute(arguments: [e, d, sentenceID, k, x.start, x.end, x.label, x.text, x.canonical, x.source, x.attributes])
                }
            }
            for x in rejects {
                r += 1
                try insertReject.execute(arguments: [r, x.id, x.kind, x.stage, x.reason, x.source.path, x.source.record, Int(x.source.byteOffset)])
            }
        }
        documentRow = d
        sentenceRow = s
        entityRow = e
        rejectRow = r
    }

    func finish() throws {
        guard let queue else { throw FileError(path: finalPath, message: "database already closed") }
        try flush()
        let offsets = self.offsets
        try queue.write { db in
            try db.execute(sql: Self.indexes)
            try db.execute(sql: "INSERT INTO sluice_meta (key, value) VALUES ('schema_version', ?), ('offsets', ?), ('complete', 'true')",
                           arguments: [String(Self.schemaVersion), offsets.rawValue])
        }
        try queue.close()
        self.queue = nil
        let fd = open(temporaryPath, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
        if rename(temporaryPath, finalPath) != 0 { throw FileError.errno(finalPath, "cannot rename \(temporaryPath) into place") }
        syncDirectory(FilePaths.directory(of: finalPath))
    }

    func abandon() {
        guard let queue else { return }
        try? queue.close()
        self.queue = nil
        rename(temporaryPath, finalPath + ".partial")
    }
}
