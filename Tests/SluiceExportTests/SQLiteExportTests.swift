import Foundation
import GRDB
import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct SQLiteExportTests {
    @Test func seedsAnswerWhoIsMentionedMost() throws {
        let dir = try TestSupport.temporaryDirectory()
        let docs = try TestSupport.seedDocuments()
        try TestSupport.export(["path": "news.db", "format": "sqlite", "batch_documents": 2], docs, dir: dir)
        #expect(try TestSupport.files(dir) == ["news.db"])

        // Expected counts computed from the annotations.
        var counts: [String: Int] = [:]
        for d in docs {
            for a in d.annotations where a.kind == .entity { counts["\(a.attributes["canonical"]!.stringValue!)|\(a.label!)", default: 0] += 1 }
        }
        let top = counts.values.max() ?? 0
        #expect(top >= 2, "the seeds should mention someone twice")

        let db = try DatabaseQueue(path: dir + "/news.db")
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT canonical, label, count(*) FROM entities GROUP BY 1,2 ORDER BY 3 DESC")
            #expect(rows.count == counts.count)
            let first = try #require(rows.first)
            let name: String = first[0], label: String = first[1], n: Int = first[2]
            #expect(n == top)
            #expect(counts["\(name)|\(label)"] == n)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == docs.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences") == docs.reduce(0) { $0 + $1.annotations(.sentence).count })
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities'")
            #expect(Set(indexes).isSuperset(of: ["entities_canonical_label", "entities_document"]))
            #expect(try String.fetchOne(db, sql: "SELECT value FROM sluice_meta WHERE key = 'schema_version'") == "1")
            // Entities point at their document and the sentence containing them; text slices match.
            let joined = try Row.fetchAll(db, sql: """
                SELECT d.text, e.start, e."end", e.text, s.start, s."end" FROM entities e
                JOIN documents d ON d.id = e.document_id JOIN sentences s ON s.id = e.sentence_id
                """)
            #expect(joined.count == counts.values.reduce(0, +))
            for r in joined {
                let text: String = r[0], start: Int = r[1], end: Int = r[2], surface: String = r[3], ss: Int = r[4], se: Int = r[5]
                let scalars = Array(text.unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == surface)
                #expect(ss <= start && end <= se)
            }
        }
    }

    @Test func rejectsGoToTheirTable() throws {
        let dir = try TestSupport.temporaryDirectory()
        let stage = try TestSupport.export(["path": "r.db", "format": "sqlite"], [TestSupport.sampleDocument()], dir: dir, finish: false)
        let context = StageContext(stageName: "export")
        try stage.reject(Document(id: "bad", source: DocumentSource(path: "in.jsonl", record: 7)), kind: "dropped", stage: "dedup",
                         reason: "duplicate", context: context)
        try stage.finish(context: context)
        let db = try DatabaseQueue(path: dir + "/r.db")
        let row = try db.read { try Row.fetchOne($0, sql: "SELECT doc_id, kind, stage, reason, source_record FROM rejects") }
        let r = try #require(row)
        let values: [String] = [r[0], r[1], r[2], r[3]]
        let record: Int = r[4]
        #expect(values == ["bad", "dropped", "dedup", "duplicate"])
        #expect(record == 7)
    }

    @Test func unfinishedDatabaseHasNoFinalName() throws {
        let dir = try TestSupport.temporaryDirectory()
        let stage = try TestSupport.export(["path": "u.db", "format": "sqlite"], [TestSupport.sampleDocument()], dir: dir, finish: false)
        #expect(FileIO.kind(of: dir + "/u.db") == .missing)
        stage.abandon()
        #expect(try TestSupport.files(dir) == ["u.db.partial"])
    }
}
