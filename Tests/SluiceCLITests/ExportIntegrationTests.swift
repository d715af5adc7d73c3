import Foundation
import SluiceCore
import Testing

struct ExportIntegrationTests {
    @Test func anExportCanWriteTheRunsRejectsInItsOwnFormat() throws {
        let dir = scratchDirectory()
        var gen = TextGenerator(state: 11)
        var lines: [String] = []
        var texts: [String] = []
        for i in 0..<200 {
            let text = i % 4 == 3 ? texts[i - 2] : gen.document()
            texts.append(text)
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": text], options: [.sortedKeys]), as: UTF8.self))
        }
        write(lines.joined(separator: "\n") + "\n", to: dir + "/in.jsonl")
        let report = try runPipeline("""
            input: in.jsonl
            output: out
            stages:
              - sentences
              - entities
              - dedup
              - export: {path: docs.jsonl}
              - export: {path: rejected.csv, format: csv, rejects: true}
              - export: {path: docs.db, format: sqlite}
            """, in: dir, workers: 2)
        #expect(report.status == .completed)
        let dropped = report.statistics.droppedDocuments
        #expect(dropped >= 50)
        let csv = try String(contentsOfFile: dir + "/out/rejected.csv", encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(csv.count == dropped + 1)  // header + one row per rejected document
        #expect(csv.dropFirst().allSatisfy { $0.contains("dedup") && $0.contains("duplicate") })
        #expect(try readJSONLines(dir + "/out/docs.jsonl").count == report.statistics.outputDocuments)
    }

    @Test func exportedOffsetsSliceTheTextInPython() throws {
        let dir = scratchDirectory()
        write(#"{"id": "u", "text": "Café owner Zoë Müller met President Joe Biden in Paris on July 4, 2023. Ünïcödé ✓ text follows."}"# + "\n", to: dir + "/in.jsonl")
        _ = try runPipeline("""
            input: in.jsonl
            output: out
            stages: [sentences, entities, {export: {path: d.jsonl}}]
            """, in: dir)
        let check = """
            import json, sys
            for line in open(sys.argv[1], encoding="utf-8"):
                d = json.loads(line)
                assert d["sentences"], "no sentences"
                for s in d["sentences"]:
                    assert d["text"][s["start"]:s["end"]].strip() == d["text"][s["start"]:s["end"]]
                for e in d.get("entities", []):
                    assert d["text"][e["start"]:e["end"]] == e["text"], (e, d["text"][e["start"]:e["end"]])
                assert any(e["text"] == "Paris" for e in d["entities"])
            print("ok")
            """
        write(check, to: dir + "/check.py")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", dir + "/check.py", dir + "/out/d.jsonl"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "ok\n")
    }
}
