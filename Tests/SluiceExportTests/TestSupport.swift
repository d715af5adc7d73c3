import CSluiceZlib
import CSluiceZstd
import Foundation
import OrderedCollections
import Synchronization
@testable import SluiceCore
@testable import SluiceExport

/// Helpers shared by the export tests.
enum TestSupport {
    /// The repository root (`/work/main`), found from this file's real location.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The seed articles folder next to the repository.
    static var seedsDirectory: URL {
        repositoryRoot.appendingPathComponent("../shared/seeds").standardizedFileURL
    }

    /// A fresh empty folder under the system's temporary folder (removed when the test process exits).
    static func temporaryDirectory(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-export-\(safe)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = removeScratchFoldersAtExit
        scratchFolders.withLock { $0.append(dir) }
        return dir
    }

    /// Makes an export stage from plain option values.
    static func stage(_ values: JSONObject, dir: String) throws -> ExportStage {
        let config = StageConfiguration(stageName: "export", values: values, defaultsFrom: ExportStage.description,
                                        baseDirectory: dir, outputDirectory: dir)
        return try ExportStage(configuration: config)
    }

    /// Runs documents through an export stage as the runner would (prepare, commit in order, finish).
    @discardableResult
    static func export(_ values: JSONObject, _ docs: [Document], dir: String, finish: Bool = true) throws -> ExportStage {
        let s = try stage(values, dir: dir)
        let context = StageContext(stageName: "export")
        for doc in docs {
            var d = doc
            let p = try s.prepare(d, context: context)
            _ = try s.commit(&d, prepared: p, context: context)
        }
        if finish { try s.finish(context: context) }
        return s
    }

    /// Files in a folder (sorted).
    static func files(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    }

    static func read(_ path: String) throws -> [UInt8] { try FileIO.readBytes(path) }

    static func readText(_ path: String) throws -> String { try FileIO.readText(path) }

    /// Documents from the core's JSON Lines reader, one per line of `bytes`.
    /// Texts are decoded as the runner does before a stage that reads them, unless `decode` is false.
    static func readJSONLines(_ bytes: [UInt8], decode: Bool = true) throws -> [Document] {
        var docs: [Document] = []
        var start = 0
        var record = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            record += 1
            let line = Array(bytes[start..<i])
            start = i + 1
            var doc = try line.withUnsafeBufferPointer { buf throws(RecordError) in
                try JSONLinesFormat().document(from: buf, source: DocumentSource(path: "x", record: record),
                                               context: RecordContext(options: [:], relativePath: "x"))
            }
            if decode { doc.decodePendingText() }
            docs.append(doc)
        }
        return docs
    }

    /// Parsed JSON objects, one per line.
    static func jsonLines(_ bytes: [UInt8]) throws -> [JSONObject] {
        try String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { line in
            guard case .object(let o) = try JSONParser.parse(String(line)) else { throw TestFailure("not an object: \(line)") }
            return o
        }
    }

    /// Runs `python3 -c script args...` and returns its standard output; `nil` if Python is missing.
    static func python(_ script: String, _ args: [String] = []) throws -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus == 127 { return nil }
        guard p.terminationStatus == 0 else {
            throw TestFailure("python failed (\(p.terminationStatus)): \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Seed articles with sentence annotations (one per non-blank line) and capitalised-run "entities"
    /// (label `NAME`, canonical = the run) — enough structure to exercise every exporter.
    static func seedDocuments() throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.enumerated().map { k, name in
            let text = try String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)
            return annotate(Document(id: name, source: DocumentSource(path: name, record: 1), text: text,
                                     metadata: ["format": "text", "n": .int(k)]))
        }
    }

    /// Adds line "sentences" and capitalised-run "entities" to a document.
    static func annotate(_ doc: Document) -> Document {
        var d = doc
        let bytes = Array(doc.text.utf8)
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i > lineStart { d.annotations.append(Annotation(kind: .sentence, start: lineStart, end: i)) }
            lineStart = i + 1
        }
        // Entities: runs of two or more capitalised ASCII-initial words.
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] >= 0x41 && bytes[i] <= 0x5A && (i == 0 || !isWordByte(bytes[i - 1])) {
                var j = i + 1
                while j < bytes.count && isWordByte(bytes[j]) { j += 1 }
                words.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        var k = 0
        while k < words.count {
            var end = k
            while end + 1 < words.count && words[end + 1].lowerBound == words[end].upperBound + 1 && bytes[words[end].upperBound] == 0x20 { end += 1 }
            if end > k {
                let r = words[k].lowerBound..<words[end].upperBound
                let surface = String(decoding: bytes[r], as: UTF8.self)
                d.annotations.append(Annotation(kind: .entity, start: r.lowerBound, end: r.upperBound, label: surface.count > 12 ? "ORG" : "PERSON",
                                                attributes: ["canonical": .string(surface), "source": "test"]))
            }
            k = end + 1
        }
        return d
    }

    static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }

    /// A small document with multi-byte characters, a sentence and an entity.
    static func sampleDocument(_ id: String = "doc-1") -> Document {
        let text = "Zoë met José Núñez in Zürich.\n“Fine,” she said, “😀 great”."
        func off(_ s: String) -> Int { text.utf8.count - text[text.range(of: s)!.lowerBound...].utf8.count }
        let josé = off("José Núñez")
        return Document(
            id: id, source: DocumentSource(path: "in.jsonl", record: 3, byteOffset: 120), text: text,
            metadata: ["title": "A, \"quoted\" title", "lang": "en"],
            annotations: [
                Annotation(kind: .sentence, start: 0, end: off("\n")),
                Annotation(kind: .sentence, start: off("“Fine"), end: text.utf8.count),
                Annotation(kind: .entity, start: josé, end: josé + "José Núñez".utf8.count, label: "PERSON",
                           attributes: ["canonical": "José Núñez", "source": "gazetteer"]),
                Annotation(kind: .entity, start: off("Zürich"), end: off("Zürich") + "Zürich".utf8.count, label: "LOC",
                           attributes: ["canonical": .null, "source": "model"]),
                Annotation(kind: .removed, start: off("😀"), end: off("😀") + 4, label: "emoji"),
                Annotation(kind: .block, start: 0, end: off("\n"), label: "p", attributes: ["depth": 2]),
            ],
            provenance: [ProvenanceEntry(stage: "sentences", action: .annotated, detail: "2 sentences")])
    }

    /// Decompresses gzip data (zlib).
    static func gunzip(_ data: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw TestFailure("inflateInit") }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = data
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    out.append(contentsOf: c[0..<(c.count - Int(stream.avail_out))])
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else { throw TestFailure("gzip stream did not end (status \(status))") }
        return out
    }

    /// Decompresses zstd data (libzstd).
    static func unzstd(_ data: [UInt8]) throws -> [UInt8] {
        guard let d = ZSTD_createDCtx() else { throw TestFailure("ZSTD_createDCtx") }
        defer { ZSTD_freeDCtx(d) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
        var last = 1
        try data.withUnsafeBytes { raw in
            var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
            while input.pos < input.size || last != 0 {
                let before = input.pos
                try chunk.withUnsafeMutableBytes { c in
                    var output = ZSTD_outBuffer(dst: c.baseAddress, size: c.count, pos: 0)
                    last = ZSTD_decompressStream(d, &output, &input)
                    if ZSTD_isError(last) != 0 { throw TestFailure("zstd: \(String(cString: ZSTD_getErrorName(last)))") }
                    out.append(contentsOf: c[0..<output.pos])
                    if output.pos == 0 && input.pos == before && last != 0 { throw TestFailure("truncated zstd frame") }
                }
            }
        }
        return out
    }
}

/// A failure inside a test helper.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Scratch folders made by this test process; they are removed when it exits (a test may still read its folder
/// after the helper that made it returns).
let scratchFolders = Mutex<[String]>([])
private let removeScratchFoldersAtExit: Void = {
    atexit {
        for path in scratchFolders.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}()
