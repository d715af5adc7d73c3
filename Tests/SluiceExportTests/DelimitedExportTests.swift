import Foundation
import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct DelimitedExportTests {
    @Test func quotingFollowsRFC4180() {
        var out: [UInt8] = []
        for field in ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r"] {
            var f = field
            f.withUTF8 { DelimitedRecordEncoder.writeField($0, delimiter: UInt8(ascii: ","), into: &out) }
            out.append(UInt8(ascii: "|"))
        }
        #expect(String(decoding: out, as: UTF8.self) == "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\"cr\r\"|")
    }

    @Test func pythonCSVParsesDocumentsAndEntities() throws {
        let dir = try TestSupport.temporaryDirectory()
        var docs = try TestSupport.seedDocuments()
        docs.append(TestSupport.sampleDocument())
        try TestSupport.export(["path": "docs.csv", "format": "csv", "fields": ["id", "text", "metadata.title", "entity_count"]], docs, dir: dir)
        try TestSupport.export(["path": "ents.tsv", "format": "tsv", "unit": "entity"], docs, dir: dir)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                docs = list(csv.reader(f))
            with open(sys.argv[2], newline='', encoding='utf-8') as f:
                ents = list(csv.reader(f, delimiter='\\t'))
            print(json.dumps({"docs": docs, "ents": ents}))
            """
        guard let out = try TestSupport.python(script, [dir + "/docs.csv", dir + "/ents.tsv"]) else {
            Issue.record("python3 is not available: CSV was not checked with Python's csv module")
            return
        }
        let parsed = try #require(try JSONParser.parse(out).objectValue)
        let rows = try #require(parsed["docs"]?.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] })
        #expect(rows.first == ["id", "text", "metadata.title", "entity_count"])
        #expect(rows.count == docs.count + 1)
        for (doc, row) in zip(docs, rows.dropFirst()) {
            let entities = doc.annotations.filter { $0.kind == .entity }.count
            #expect(row == [doc.id, doc.text, doc.metadata["title"]?.stringValue ?? "", String(entities)])
        }
        let ents = try #require(parsed["ents"]?.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] })
        #expect(ents.first == UnitField.defaults(for: .entity))
        let expected = docs.flatMap { d in d.annotations.filter { $0.kind == .entity }.map { (d, $0) } }
        #expect(ents.count == expected.count + 1)
        for ((doc, a), row) in zip(expected, ents.dropFirst()) {
            let surface = String(decoding: Array(doc.text.utf8)[a.start..<a.end], as: UTF8.self)
            #expect(row[0] == doc.id && row[5] == surface && row[4] == a.label)
            let start = try #require(Int(row[2])), end = try #require(Int(row[3]))
            let scalars = Array(doc.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == surface)
        }
    }

    @Test func headerCanBeRenamedOrOmitted() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "a.csv", "format": "csv", "rename": ["id": "doc"]], [Document(id: "x", text: "y")], dir: dir)
        #expect(try TestSupport.readText(dir + "/a.csv") == "doc,text\r\nx,y\r\n")
        try TestSupport.export(["path": "b.tsv", "format": "tsv", "header": false], [Document(id: "x", text: "y\tz")], dir: dir)
        #expect(try TestSupport.readText(dir + "/b.tsv") == "x\t\"y\tz\"\n")
    }
}
