import Foundation
import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct JSONLinesExportTests {
    @Test func defaultRecordHasIdTextSpansAndMetadata() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "out.jsonl"], [TestSupport.sampleDocument()], dir: dir)
        let records = try TestSupport.jsonLines(TestSupport.read(dir + "/out.jsonl"))
        #expect(records.count == 1)
        let r = records[0]
        #expect(Array(r.keys) == ["id", "text", "sentences", "entities", "metadata"])
        let entity = try #require(r["entities"]?.arrayValue?.first?.objectValue)
        #expect(Array(entity.keys).prefix(5) == ["start", "end", "label", "text", "canonical"])
        #expect(entity["text"] == "José Núñez")
        #expect(entity["start"] == 8)  // "Zoë met " is 8 scalars (9 bytes)
        #expect(entity["end"] == 18)
        #expect(entity["source"] == "gazetteer")
    }

    @Test func documentsWithoutAnnotationsHaveNoSpanFields() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "out.jsonl"], [Document(id: "a", text: "plain")], dir: dir)
        #expect(try TestSupport.readText(dir + "/out.jsonl") == "{\"id\":\"a\",\"text\":\"plain\"}\n")
    }

    /// A text still encoded as read (no stage read it) must export byte for byte as the decoded text does, in
    /// every format, whether the encoded form can be copied or not.
    @Test(arguments: ["jsonl", "csv", "tsv", "text"])
    func pendingTextExportsLikeDecodedText(_ format: String) throws {
        let lines = [
            #"{"id":"a","text":"plain \"quoted\" line\nnext\ttab","lang":"en"}"#,
            #"{"id":"b","text":"caf\u00e9 \/ \ud83d\ude00 \ud83d lone","n":[1, 2.50]}"#,
            "{\"id\":\"c\",\"text\":\"raw é 中文\"}",
        ]
        let pending = try TestSupport.readJSONLines(Array((lines.joined(separator: "\n") + "\n").utf8), decode: false)
        #expect(pending.allSatisfy { $0.hasPendingText })
        var annotated = pending[0]
        annotated.annotations = [Annotation(kind: .sentence, start: 0, end: 5)]
        let decoded = (pending + [annotated]).map { d in var d = d; d.decodePendingText(); return d }
        let options: JSONObject = ["path": .string("out.\(format)"), "format": .string(format)]
        let dirA = try TestSupport.temporaryDirectory(), dirB = try TestSupport.temporaryDirectory()
        try TestSupport.export(options, pending + [annotated], dir: dirA)
        try TestSupport.export(options, decoded, dir: dirB)
        let a = try TestSupport.read(dirA + "/out.\(format)"), b = try TestSupport.read(dirB + "/out.\(format)")
        #expect(!a.isEmpty && a == b, "\(String(decoding: a, as: UTF8.self)) vs \(String(decoding: b, as: UTF8.self))")
    }

    @Test func roundTripThroughCoreReaderGivesSameDocuments() throws {
        let dir = try TestSupport.temporaryDirectory()
        var docs = try TestSupport.seedDocuments()
        docs.append(TestSupport.sampleDocument())
        // Annotations grouped by kind (the order the decoder restores).
        let order: [AnnotationKind] = [.sentence, .entity, .removed, .block]
        for k in docs.indices {
            docs[k].annotations = order.flatMap { kind in docs[k].annotations.filter { $0.kind == kind } }
        }
        try TestSupport.export(["path": "all.jsonl", "fields": .array(JSONLinesRecordEncoder.allFields.map(JSONValue.string))], docs, dir: dir)
        let read = try TestSupport.readJSONLines(TestSupport.read(dir + "/all.jsonl"))
        #expect(read.count == docs.count)
        for (a, b) in zip(docs, read) {
            #expect(a.id == b.id)
            #expect(a.text == b.text)
            let restored = ExportedRecordDecoder.restore(b)
            #expect(restored == a)
        }
    }

    @Test func plainFieldsRoundTripWithCoreReaderExactly() throws {
        let dir = try TestSupport.temporaryDirectory()
        var docs = try TestSupport.seedDocuments()
        for k in docs.indices { docs[k].annotations = []; docs[k].source = DocumentSource(path: "x", record: k + 1) }
        try TestSupport.export(["path": "flat.jsonl", "fields": ["id", "text", "metadata"], "flatten_metadata": true], docs, dir: dir)
        let read = try TestSupport.readJSONLines(TestSupport.read(dir + "/flat.jsonl"))
        #expect(read == docs)
    }

    @Test func utf8OffsetsRoundTrip() throws {
        let dir = try TestSupport.temporaryDirectory()
        let doc = TestSupport.sampleDocument()
        try TestSupport.export(["path": "b.jsonl", "offsets": "utf8", "fields": ["id", "text", "sentences", "entities", "metadata"]], [doc], dir: dir)
        let read = try TestSupport.readJSONLines(TestSupport.read(dir + "/b.jsonl"))
        let restored = ExportedRecordDecoder.restore(read[0], offsets: .utf8)
        #expect(restored.annotations == doc.annotations.filter { $0.kind == .sentence } + doc.annotations.filter { $0.kind == .entity })
    }

    @Test func selectRenameAndDropFields() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "o.jsonl", "fields": ["id", "text", "metadata.title", "entities"], "drop": ["entities"],
                                "rename": ["text": "content", "metadata.title": "headline"]], [TestSupport.sampleDocument()], dir: dir)
        let r = try TestSupport.jsonLines(TestSupport.read(dir + "/o.jsonl"))[0]
        #expect(Array(r.keys) == ["id", "content", "headline"])
        #expect(r["headline"] == "A, \"quoted\" title")
    }

    @Test func pythonSlicingMatchesExportedOffsets() throws {
        let dir = try TestSupport.temporaryDirectory()
        var docs = try TestSupport.seedDocuments()
        docs.append(TestSupport.sampleDocument())
        try TestSupport.export(["path": "s.jsonl"], docs, dir: dir)
        try TestSupport.export(["path": "b.jsonl", "offsets": "utf8"], docs, dir: dir)
        let script = """
            import json, sys
            n = 0
            for a, b in zip(open(sys.argv[1], encoding='utf-8'), open(sys.argv[2], encoding='utf-8')):
                a, b = json.loads(a), json.loads(b)
                t, raw = a['text'], a['text'].encode('utf-8')
                for e in a.get('entities', []):
                    assert t[e['start']:e['end']] == e['text'], (e, t[e['start']:e['end']])
                    n += 1
                for s, u in zip(a.get('sentences', []), b.get('sentences', [])):
                    assert t[s['start']:s['end']] == raw[u['start']:u['end']].decode('utf-8'), (s, u)
                    n += 1
            print(n)
            """
        guard let out = try TestSupport.python(script, [dir + "/s.jsonl", dir + "/b.jsonl"]) else {
            Issue.record("python3 is not available: offsets were not checked in Python")
            return
        }
        let expected = docs.reduce(0) { $0 + $1.annotations.filter { $0.kind == .entity || $0.kind == .sentence }.count }
        #expect(Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) == expected)
    }

    @Test func unitRecordsCarryDocumentId() throws {
        let dir = try TestSupport.temporaryDirectory()
        let doc = TestSupport.sampleDocument()
        try TestSupport.export(["path": "e.jsonl", "format": "jsonl_units", "unit": "entity"], [doc], dir: dir)
        try TestSupport.export(["path": "s.jsonl", "format": "jsonl_units", "unit": "sentence"], [doc], dir: dir)
        let entities = try TestSupport.jsonLines(TestSupport.read(dir + "/e.jsonl"))
        let sentences = try TestSupport.jsonLines(TestSupport.read(dir + "/s.jsonl"))
        #expect(entities.count == 2 && sentences.count == 2)
        #expect(entities.allSatisfy { $0["document_id"] == "doc-1" })
        #expect(entities[0]["text"] == "José Núñez" && entities[0]["sentence"] == 0 && entities[0]["canonical"] == "José Núñez")
        #expect(entities[1]["canonical"] == .null)
        #expect(sentences[1]["text"] == "“Fine,” she said, “😀 great”.")
        #expect(sentences[1]["index"] == 1)
    }
}
