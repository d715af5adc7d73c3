import Foundation
import SluiceCore
import Testing

/// Every kind of bad input at once through the full pipeline (decode to export): no crash, and every input
/// document ends in the output or the rejects file with a reason, as the stats say.
struct BadInputCorpusTests {
    func makeCorpus() throws -> String {
        let dir = scratchDirectory()
        let input = dir + "/in"
        var gen = TextGenerator(state: 5)
        var good = ""
        for i in 0..<300 {
            let text = i % 50 == 0 ? "A copy of the same article, repeated." : gen.document().replacingOccurrences(of: "\n", with: "\\n")
            good += #"{"id":"g\#(i)","text":"\#(text)\#(i % 40 == 3 ? " EXPLODE" : "")"}"# + "\n"
        }
        write(good, to: input + "/a-good.jsonl")
        // Binary data read as JSON Lines and as text.
        var random = TextGenerator(state: 17)
        let binary = (0..<20_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        write(bytes: binary, to: input + "/b-binary.jsonl")
        write(bytes: binary, to: input + "/b-binary.txt")
        write(bytes: Array(#"{"id":"u1","text":"caf"#.utf8) + [0xE9, 0xFF, 0xC0] + Array(#""}"#.utf8) + [0x0A], to: input + "/c-invalid.jsonl")
        write("{\"id\":\"m1\",\"text\":\"ok\"}\n{\"id\":\"m2\",\"te\n[1,2]\n\"just a string\"\n", to: input + "/d-malformed.jsonl")
        write("", to: input + "/e-empty.jsonl")
        write("", to: input + "/e-empty.html")
        // An over-long line (3 MB against a 1 MB limit; scripts/reliability/stress.sh does 200 MB).
        write(#"{"id":"long","text":""# + String(repeating: "x", count: 3 << 20) + "\"}\n" + #"{"id":"after-long","text":"fine"}"# + "\n",
              to: input + "/f-long.jsonl")
        // Truncated gzip and a gzip bomb (8 MB of zeros against a 2 MB cap).
        #expect(try shell("gzip -c \(input)/a-good.jsonl | head -c 3000 > \(input)/g-truncated.jsonl.gz") == 0)
        #expect(try shell("(echo '{\"id\":\"before-bomb\",\"text\":\"ok\"}'; head -c 8000000 /dev/zero) | gzip -1 > \(input)/h-bomb.jsonl.gz") == 0)
        // Deep HTML.
        write("<html><body>" + String(repeating: "<div>", count: 100_000) + "deep" + "</body></html>", to: input + "/i-deep.html")
        write("<html><body><article><p>A page with an article paragraph that is long enough to keep.</p></article></body></html>",
              to: input + "/j-page.html")
        // A file that is deleted while the run reads (it may be read first, or found missing: both are accounted for).
        var late = ""
        for i in 0..<50 { late += #"{"id":"late\#(i)","text":"document \#(i) of a file deleted mid-run"}"# + "\n" }
        write(late, to: input + "/z-deleted.jsonl")
        return dir
    }

    @Test func everyDocumentIsAccountedForWithAReason() throws {
        let dir = try makeCorpus()
        let deleter = Thread {
            usleep(20_000)
            try? FileManager.default.removeItem(atPath: dir + "/in/z-deleted.jsonl")
        }
        deleter.start()
        let report = try runReliabilityPipeline("""
            input: {paths: in/, max_record_bytes: 1048576}
            output: out
            on_error: quarantine
            limits: {max_decompressed_bytes: 2000000}
            batch: {documents: 16}
            stages: [decode, explode, boilerplate, sentences, entities, {dedup: {method: both}}, {export: {path: d.jsonl}}]
            """, in: dir, workers: 2)
        let stats = report.statistics
        #expect(report.status == .completed)
        #expect(stats.isBalanced)
        // The files prove the figures: one output line per written document, one reject per dropped or failed one.
        let written = try readJSONLines(dir + "/out/d.jsonl")
        let rejects = try readJSONLines(dir + "/out/rejects.jsonl")
        #expect(written.count == stats.outputDocuments)
        #expect(rejects.count == stats.droppedDocuments + stats.erroredDocuments)
        #expect(written.count + rejects.count == stats.inputDocuments)
        for r in rejects { #expect(!(r["reason"] as? String ?? "").isEmpty, "reject without a reason: \(r)") }
        let reasons = rejects.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.contains("max_record_bytes") })
        #expect(reasons.contains { $0.contains("truncated gzip") })
        #expect(reasons.contains { $0.contains("gzip bomb") })
        #expect(reasons.contains { $0.contains("boom") })
        #expect(reasons.contains { $0.contains("malformed JSON") || $0.contains("JSON") })
        // Records next to a broken one were read and reached the stages (short ones may be dropped as boilerplate).
        let ids = Set(written.compactMap { $0["id"] as? String })
        for id in ["after-long", "before-bomb", "g1"] {
            let reject = rejects.first { $0["id"] as? String == id }
            #expect(ids.contains(id) || (reject != nil && reject?["stage"] as? String != "read"),
                    "\(id) rejected: \(reject?["stage"] ?? "-"): \(reject?["reason"] ?? "-")")
        }
    }
}
