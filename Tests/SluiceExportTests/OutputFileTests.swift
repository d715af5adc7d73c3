import Foundation
import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct OutputFileTests {
    func seeds() throws -> [Document] { try TestSupport.seedDocuments() + [TestSupport.sampleDocument()] }

    @Test func gzipAndZstdDecompressToThePlainOutput() throws {
        let dir = try TestSupport.temporaryDirectory()
        let docs = try seeds()
        try TestSupport.export(["path": "p.jsonl"], docs, dir: dir)
        try TestSupport.export(["path": "g.jsonl.gz"], docs, dir: dir)
        try TestSupport.export(["path": "z.jsonl.zst", "compression_level": 9], docs, dir: dir)
        try TestSupport.export(["path": "forced.jsonl", "compression": "gzip"], docs, dir: dir)
        let plain = try TestSupport.read(dir + "/p.jsonl")
        let gz = try TestSupport.read(dir + "/g.jsonl.gz")
        #expect(gz.prefix(2) == [0x1F, 0x8B])
        #expect(try TestSupport.gunzip(gz) == plain)
        #expect(try TestSupport.gunzip(TestSupport.read(dir + "/forced.jsonl")) == plain)
        let zst = try TestSupport.read(dir + "/z.jsonl.zst")
        #expect(zst.prefix(4) == [0x28, 0xB5, 0x2F, 0xFD])
        #expect(try TestSupport.unzstd(zst) == plain)
        #expect(gz.count < plain.count && zst.count < plain.count)
    }

    @Test func shardingByDocumentsAndBytes() throws {
        let dir = try TestSupport.temporaryDirectory()
        let docs = (0..<25).map { Document(id: "d\($0)", text: String(repeating: "x", count: 10 + $0)) }
        try TestSupport.export(["path": "all.jsonl"], docs, dir: dir)
        try TestSupport.export(["path": "n-{shard}.jsonl", "shard": ["documents": 10]], docs, dir: dir)
        try TestSupport.export(["path": "b-{shard}.csv", "format": "csv", "shard": ["bytes": 200]], docs, dir: dir)
        let files = try TestSupport.files(dir)
        #expect(files.filter { $0.hasPrefix("n-") } == ["n-00000.jsonl", "n-00001.jsonl", "n-00002.jsonl"])
        var joined: [UInt8] = []
        for f in files where f.hasPrefix("n-") { joined += try TestSupport.read(dir + "/" + f) }
        #expect(joined == (try TestSupport.read(dir + "/all.jsonl")))
        let csvShards = files.filter { $0.hasPrefix("b-") }
        #expect(csvShards.count > 2)
        var rows = 0
        for f in csvShards {
            let text = try TestSupport.readText(dir + "/" + f)
            #expect(text.hasPrefix("id,text\r\n"), "every shard has the header")
            #expect(text.utf8.count <= 200 + 60, "a shard closes once it would pass the byte limit")
            rows += text.split(separator: "\r\n").count - 1
        }
        #expect(rows == docs.count)
    }

    @Test func emptyRunStillWritesItsFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "e.csv", "format": "csv"], [], dir: dir)
        #expect(try TestSupport.readText(dir + "/e.csv") == "id,text\r\n")
    }

    @Test func filesAppearOnlyWhenFinished() throws {
        let dir = try TestSupport.temporaryDirectory()
        let docs = try seeds()
        let stage = try TestSupport.export(["path": "out-{shard}.jsonl.gz", "shard": ["documents": 2]], docs, dir: dir, finish: false)
        #expect(try TestSupport.files(dir).allSatisfy { $0.hasPrefix(".") && $0.contains(".tmp-") })
        try stage.finish(context: StageContext(stageName: "export"))
        #expect(try TestSupport.files(dir) == ["out-00000.jsonl.gz", "out-00001.jsonl.gz", "out-00002.jsonl.gz"])
    }

    @Test func abandonLeavesOnlyPartialFiles() throws {
        let dir = try TestSupport.temporaryDirectory()
        let stage = try TestSupport.export(["path": "out-{shard}.jsonl", "shard": ["documents": 2]], try seeds(), dir: dir, finish: false)
        stage.abandon()
        #expect(try TestSupport.files(dir) == ["out-00000.jsonl.partial", "out-00001.jsonl.partial", "out-00002.jsonl.partial"])
    }

    @Test func atomicFileWriterPublishesOnlyOnCommit() throws {
        let dir = try TestSupport.temporaryDirectory()
        let w = try AtomicFileWriter(path: dir + "/a.txt")
        try w.write(Array("hello".utf8))
        try w.flush()
        #expect(FileIO.kind(of: dir + "/a.txt") == .missing)
        #expect(FileIO.kind(of: w.temporaryPath) == .file)
        try w.commit()
        #expect(try TestSupport.readText(dir + "/a.txt") == "hello")
        #expect(FileIO.kind(of: w.temporaryPath) == .missing)
        let v = try AtomicFileWriter(path: dir + "/b.txt")
        try v.write(Array("part".utf8))
        v.abandon()
        #expect(try TestSupport.files(dir) == ["a.txt", "b.txt.partial"])
    }

    @Test func taskPlaceholder() throws {
        let dir = try TestSupport.temporaryDirectory()
        let s = try TestSupport.stage(["path": "t{task}.jsonl"], dir: dir)
        try s.finish(context: StageContext(stageName: "export", environment: RunEnvironment(taskIndex: 4, taskCount: 8)))
        #expect(try TestSupport.files(dir) == ["t004.jsonl"])
    }

    @Test func rejectsExportInTabularAndJSONForms() throws {
        let dir = try TestSupport.temporaryDirectory()
        let context = StageContext(stageName: "export")
        let csv = try TestSupport.stage(["path": "rejects.csv", "format": "csv", "rejects": true], dir: dir)
        let jsonl = try TestSupport.stage(["path": "rejects.jsonl", "rejects": true], dir: dir)
        let doc = TestSupport.sampleDocument()
        for s in [csv, jsonl] {
            var d = doc
            _ = try s.commit(&d, prepared: try s.prepare(d, context: context), context: context)  // documents are ignored
            try s.reject(Document(id: "b,1", source: DocumentSource(path: "in.jsonl", record: 2)), kind: "error", stage: "decode",
                         reason: "invalid \"UTF-8\"", context: context)
            try s.finish(context: context)
        }
        #expect(try TestSupport.readText(dir + "/rejects.csv") ==
                "id,kind,stage,reason,source_path,source_record,source_offset\r\n\"b,1\",error,decode,\"invalid \"\"UTF-8\"\"\",in.jsonl,2,0\r\n")
        let r = try TestSupport.jsonLines(TestSupport.read(dir + "/rejects.jsonl"))
        #expect(r.count == 1 && r[0]["id"] == "b,1" && r[0]["stage"] == "decode" && r[0]["kind"] == "error")
    }
}
