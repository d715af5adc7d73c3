import ArgumentParser
import Foundation
import Logging
import SluiceCore
@testable import SluiceCLI
import Testing

struct ShardedJobTests {
    /// A JSON Lines corpus with exact and near copies spread over two files (one large enough to be cut in ranges).
    func makeCorpus(_ dir: String, documents: Int = 900) {
        var gen = TextGenerator(state: 99)
        var texts: [String] = []
        var a: [String] = [], b: [String] = []
        for i in 0..<documents {
            var text = gen.document()
            if i % 6 == 5 { text = texts[Int(gen.next() % UInt64(texts.count))] }
            if i % 10 == 7 { text = texts[Int(gen.next() % UInt64(texts.count))] + "\n\n" + gen.sentence() }
            texts.append(text)
            let line = String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": text], options: [.sortedKeys]), as: UTF8.self)
            if i < documents * 2 / 3 { a.append(line) } else { b.append(line) }
        }
        write(a.joined(separator: "\n") + "\n", to: dir + "/in/a.jsonl")
        write(b.joined(separator: "\n") + "\n", to: dir + "/in/b.jsonl")
        write("""
            input: in/
            output: single
            stages:
              - sentences
              - dedup: {repeated_spans: paragraph, min_span_length: 20}
              - export: {path: docs.jsonl, fields: [id, text, sentences, metadata]}
            """, to: dir + "/p.yaml")
    }

    func job(_ dir: String, tasks: Int, output: String) throws -> ShardedJob {
        let spec = try PipelineLoader(registry: integrationRegistry).load(file: dir + "/p.yaml").withOutputDirectory(dir + "/" + output)
        return ShardedJob(spec: spec, taskCount: tasks, options: RunOptions(workers: 2, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }),
                          pipelineText: try String(contentsOfFile: dir + "/p.yaml", encoding: .utf8))
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(arguments: [1, 3, 8])
    func shardedRunsMergeToTheSingleRunsOutput(tasks: Int) throws {
        let dir = scratchDirectory("sharded\(tasks)")
        makeCorpus(dir)
        let single = try runPipeline(try String(contentsOfFile: dir + "/p.yaml", encoding: .utf8), in: dir, workers: 2)
        #expect(single.statistics.droppedDocuments > 100)
        let j = try job(dir, tasks: tasks, output: "job")
        try j.runLocally(parallelTasks: 2)
        try j.merge()
        #expect(try bytes(dir + "/job/docs.jsonl") == bytes(dir + "/single/docs.jsonl"))
        #expect(try bytes(dir + "/job/rejects.jsonl") == bytes(dir + "/single/rejects.jsonl"))
        let stats = try JSONSerialization.jsonObject(with: bytes(dir + "/job/stats.json")) as! [String: Any]
        let accounting = stats["accounting"] as! [String: Any]
        #expect(accounting["input"] as? Int == 900)
        #expect(accounting["written"] as? Int == single.statistics.outputDocuments)
        #expect(accounting["balanced"] as? Bool == true)
    }

    @Test func rangesCutLargeFilesAtRecordBoundaries() throws {
        let dir = scratchDirectory()
        makeCorpus(dir, documents: 300)
        let spec = try PipelineLoader(registry: integrationRegistry).load(file: dir + "/p.yaml")
        let files = InputExpander.expand(spec.input.paths, format: "auto", exclude: [], formats: .shared).files
        var owned: [Int] = []
        for i in 0..<7 {
            let slices = ShardPlanner.slices(of: files, for: ShardAssignment(index: i, count: 7))
            owned.append(slices.count)
            for s in slices { #expect(s.byteRange != nil) }  // both files are splittable JSON Lines
        }
        #expect(owned.reduce(0, +) >= 7)  // every task got work, some got parts of both files
    }

    @Test func aRerunSkipsDoneTasksAndRefusesAnotherPlan() throws {
        let dir = scratchDirectory()
        makeCorpus(dir, documents: 200)
        let j = try job(dir, tasks: 3, output: "job")
        try j.runLocally(parallelTasks: 1)
        #expect(try j.runTask(1, phase: .process) == nil)  // marker present: skipped
        #expect(ShardedJob.isComplete(directory: dir + "/job"))
        #expect(try ShardedJob.status(directory: dir + "/job").contains("process: 3/3 done"))
        let other = try job(dir, tasks: 4, output: "job")
        #expect(throws: (any Error).self) { try other.runLocally(parallelTasks: 1) }
    }

    @Test func taskIndexComesFromTheSchedulersEnvironment() throws {
        setenv("JOB_COMPLETION_INDEX", "5", 1)
        setenv("SLUICE_TASKS", "8", 1)
        defer {
            unsetenv("JOB_COMPLETION_INDEX")
            unsetenv("SLUICE_TASKS")
        }
        let options = try ShardOptions.parse([])
        #expect(options.resolvedTaskIndex == 5)
        #expect(options.resolvedTaskCount == 8)
        #expect(try ShardOptions.parse(["--task", "2", "--tasks", "4"]).resolvedTaskIndex == 2)
    }

    @Test(.enabled(if: sluiceBinary != nil, "needs the sluice binary (swift build)"))
    func aKilledTaskIsRedoneAloneAndTheOutputMatches() throws {
        let dir = scratchDirectory()
        makeCorpus(dir, documents: 12_000)
        _ = try runPipeline(try String(contentsOfFile: dir + "/p.yaml", encoding: .utf8), in: dir, workers: 2)
        func sluice(_ args: [String], wait: Bool = true) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: sluiceBinary!)
            p.arguments = ["run", dir + "/p.yaml", "--output", dir + "/job", "--tasks", "4", "--workers", "1"] + args
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            if wait { p.waitUntilExit() }
            return p
        }
        #expect(try sluice(["--phase", "signatures"]).terminationStatus == 0)
        #expect(try sluice(["--phase", "decide"]).terminationStatus == 0)
        for t in [0, 1, 3] { #expect(try sluice(["--phase", "process", "--task", "\(t)"]).terminationStatus == 0) }
        let victim = try sluice(["--phase", "process", "--task", "2"], wait: false)
        let taskDir = dir + "/job/tasks/task-00002-of-00004"
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: taskDir)) ?? []
            if files.contains(where: { $0.contains("docs.jsonl.tmp") }) { break }
            usleep(5_000)
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: taskDir + "/docs.jsonl"))  // nothing looks finished
        let marker = dir + "/job/_sluice/done/process-task-00002-of-00004.json"
        #expect(!FileManager.default.fileExists(atPath: marker))
        let before = try [0, 1, 3].map { try FileManager.default.attributesOfItem(atPath: dir + "/job/_sluice/done/process-task-0000\($0)-of-00004.json")[.modificationDate] as! Date }
        #expect(try sluice([]).terminationStatus == 0)   // rerun the whole job
        let after = try [0, 1, 3].map { try FileManager.default.attributesOfItem(atPath: dir + "/job/_sluice/done/process-task-0000\($0)-of-00004.json")[.modificationDate] as! Date }
        #expect(before == after)                          // finished tasks were not redone
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(try bytes(dir + "/job/docs.jsonl") == bytes(dir + "/single/docs.jsonl"))
    }
}
