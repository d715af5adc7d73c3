import Dispatch
import Logging
import OrderedCollections
import Synchronization

/// A pipeline run as `taskCount` tasks that each read a share of the input, with completion markers, resume,
/// cross-shard phases for stages like dedup, and a merge of the tasks' outputs.
///
/// Layout under the job's output folder:
/// - `tasks/task-IIIII-of-NNNNN/`: each task's exports, `stats.json` and `rejects.jsonl`;
/// - `_sluice/job.json`: the job's fingerprint (task count, pipeline text, input): a rerun with another plan is refused;
/// - `_sluice/done/PHASE-task-….json`: completion markers, written atomically after the task's outputs are complete;
/// - `_sluice/records/`, `_sluice/decisions/`: cross-shard signatures and decisions;
/// - the merged outputs and `stats.json` at the top, after the `merge` phase.
public struct ShardedJob: Sendable {
    /// The phases of a job, in order.
    public enum Phase: String, Sendable, CaseIterable {
        /// Per task: the stages before the cross-shard stage, writing its signatures.
        case signatures
        /// One job: decide over all signatures in input order.
        case decide
        /// Per task: the whole pipeline.
        case process
        /// One job: concatenate the tasks' outputs in task order and merge their stats.
        case merge

        /// True for phases that run once per task.
        public var isPerTask: Bool { self == .signatures || self == .process }
    }

    /// The pipeline (its output folder is the job's folder).
    public let spec: PipelineSpec
    /// Number of tasks.
    public let taskCount: Int
    /// Options for each task's run (workers, logger).
    public let options: RunOptions
    /// Text that identifies the job's plan (pipeline text and input): reruns must match it.
    public let fingerprint: String

    /// Creates a job.
    public init(spec: PipelineSpec, taskCount: Int, options: RunOptions, pipelineText: String) {
        self.spec = spec
        self.taskCount = taskCount
        self.options = options
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let inputs = spec.input.paths.map { FilePaths.resolve($0, against: FileIO.currentDirectory) }
        for b in (pipelineText + "\u{0}" + inputs.joined(separator: "\u{0}")).utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        fingerprint = "tasks=\(taskCount) pipeline=\(String(h, radix: 16))"
    }

    var root: String { spec.outputDirectory }
    var control: String { FilePaths.join(root, "_sluice") }

    /// The assignment of task `i`.
    public func assignment(_ i: Int) -> ShardAssignment { ShardAssignment(index: i, count: taskCount) }

    /// Folder of task `i`'s outputs.
    public func taskDirectory(_ i: Int) -> String { FilePaths.join(root, "tasks/" + assignment(i).name) }

    func recordsPath(_ i: Int) -> String { FilePaths.join(control, "records/\(assignment(i).name).bin") }
    func decisionsPath(_ i: Int) -> String { FilePaths.join(control, "decisions/\(assignment(i).name).bin") }

    /// Path of a completion marker.
    public func marker(_ phase: Phase, task: Int? = nil) -> String {
        FilePaths.join(control, "done/\(phase.rawValue)" + (task.map { "-" + assignment($0).name } ?? "") + ".json")
    }

    /// True if the marker exists.
    public func isDone(_ phase: Phase, task: Int? = nil) -> Bool { FileIO.kind(of: marker(phase, task: task)) == .file }

    /// The phases this pipeline needs: signatures and decide only with a cross-shard stage (dedup).
    public func phases(stages: [any Stage]) -> [Phase] {
        stages.contains { $0 is any CrossShardStage } ? [.signatures, .decide, .process, .merge] : [.process, .merge]
    }

    /// Records the plan, or refuses a folder that holds a job planned differently.
    public func checkPlan(phases: [Phase]) throws {
        let path = FilePaths.join(control, "job.json")
        if FileIO.kind(of: path) == .file {
            let existing = (try? JSONParser.parse(try FileIO.readBytes(path)))?.objectValue?["fingerprint"]?.stringValue
            if existing != fingerprint {
                throw RunFailure(message: "\(root) holds a job planned differently (\(existing ?? "unreadable plan") vs \(fingerprint)); "
                                 + "use the same --tasks and pipeline to resume, or a new --output")
            }
            return
        }
        var bytes: [UInt8] = []
        JSONPrettyWriter.write(["fingerprint": .string(fingerprint), "tasks": .int(taskCount), "pipeline": .string(spec.file),
                                "phases": .array(phases.map { .string($0.rawValue) })], into: &bytes)
        try FileIO.writeAtomically(bytes + [0x0A], to: path)
    }

    /// Runs one task of a per-task phase; returns `nil` if its marker says it is already done.
    public func runTask(_ i: Int, phase: Phase) throws -> RunReport? {
        precondition(phase.isPerTask)
        if isDone(phase, task: i) { return nil }
        let hasCrossShard = phases(stages: try spec.makeStages()).contains(.signatures)
        var taskOptions = options
        taskOptions.shard = assignment(i)
        var taskSpec: PipelineSpec
        switch phase {
        case .signatures:
            guard hasCrossShard else { return nil }
            taskSpec = spec.withOutputDirectory(FilePaths.join(control, "records/" + assignment(i).name + ".run"))
            taskSpec.rejectsPath = nil
            taskOptions.crossShard = .record(path: recordsPath(i))
        default:
            for p in [Phase.signatures, .decide] where hasCrossShard && !isDone(p, task: p == .decide ? nil : i) {
                throw RunFailure(message: "\(assignment(i).name): the \(p.rawValue) phase has not completed yet")
            }
            FileIO.removeTree(taskDirectory(i))  // leftovers of an interrupted attempt
            taskSpec = spec.withOutputDirectory(taskDirectory(i))
            if hasCrossShard { taskOptions.crossShard = .apply(path: decisionsPath(i)) }
        }
        // Stages are built from the task's spec, so their outputs land in the task's folder.
        let report = PipelineRunner(spec: taskSpec, stages: try taskSpec.makeStages(), options: taskOptions).run()
        if report.status == .completed {
            var summary: JSONObject = ["phase": .string(phase.rawValue), "task": .int(i), "tasks": .int(taskCount)]
            summary["accounting"] = report.statistics.json.objectValue?["accounting"]
            summary["wall_seconds"] = .double(report.statistics.wallSeconds)
            try writeMarker(phase, task: i, summary)
        }
        return report
    }

    /// The decide phase: every task's signatures, in task order, through the cross-shard stage's merger.
    public func decide() throws {
        if isDone(.decide) { return }
        for i in 0..<taskCount where !isDone(.signatures, task: i) {
            throw RunFailure(message: "\(assignment(i).name) has not finished the signatures phase")
        }
        let stages = try spec.makeStages()
        guard let stage = stages.first(where: { $0 is any CrossShardStage }) as? any CrossShardStage else { return }
        try CrossShardDecider.run(stage: stage, recordFiles: (0..<taskCount).map(recordsPath), decisionFiles: (0..<taskCount).map(decisionsPath))
        try writeMarker(.decide, task: nil, ["phase": "decide", "tasks": .int(taskCount)])
    }

    /// The merge phase: outputs concatenated in task order, stats summed, written at the job's top folder.
    @discardableResult
    public func merge() throws -> JSONValue {
        for i in 0..<taskCount where !isDone(.process, task: i) {
            throw RunFailure(message: "\(assignment(i).name) has not finished the process phase")
        }
        let merged = try ShardMerge.mergeOutputs(taskDirectories: (0..<taskCount).map(taskDirectory), into: root, logger: options.logger)
        try writeMarker(.merge, task: nil, ["phase": "merge", "tasks": .int(taskCount)])
        return merged
    }

    /// Runs every phase on this machine, `parallelTasks` tasks at a time, skipping work already done.
    public func runLocally(parallelTasks: Int) throws {
        let phases = phases(stages: try spec.makeStages())
        try checkPlan(phases: phases)
        for phase in phases {
            switch phase {
            case .signatures, .process:
                let failures = Mutex<[String]>([])
                let limit = DispatchSemaphore(value: max(1, parallelTasks))
                DispatchQueue.concurrentPerform(iterations: taskCount) { i in
                    limit.wait()
                    defer { limit.signal() }
                    do {
                        if let report = try runTask(i, phase: phase) {
                            if report.status != .completed {
                                failures.withLock { $0.append("\(assignment(i).name) \(phase.rawValue): \(report.statistics.failure ?? report.status.rawValue)") }
                            }
                        } else {
                            options.logger.info("\(assignment(i).name) \(phase.rawValue): already done, skipped")
                        }
                    } catch {
                        failures.withLock { $0.append("\(assignment(i).name) \(phase.rawValue): \(error)") }
                    }
                }
                let all = failures.withLock { $0 }
                if !all.isEmpty { throw RunFailure(message: all.sorted().joined(separator: "\n")) }
            case .decide:
                try decide()
            case .merge:
                try merge()
            }
        }
    }

    /// Per-phase, per-task progress of the job in `directory`, from its plan and completion markers.
    public static func status(directory: String) throws -> String {
        let plan = try JSONParser.parse(try FileIO.readBytes(FilePaths.join(directory, "_sluice/job.json"))).objectValue ?? [:]
        guard let tasks = plan["tasks"]?.intValue, tasks >= 1 else { throw RunFailure(message: "\(directory): no job plan found") }
        let phases = (plan["phases"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(Phase.init(rawValue:)) }
        var out = "job \(directory): \(tasks) task\(tasks == 1 ? "" : "s"), pipeline \(plan["pipeline"]?.stringValue ?? "?")\n"
        for phase in phases {
            func done(_ task: Int?) -> Bool {
                let name = task.map { "-" + ShardAssignment(index: $0, count: tasks).name } ?? ""
                return FileIO.kind(of: FilePaths.join(directory, "_sluice/done/\(phase.rawValue)\(name).json")) == .file
            }
            if phase.isPerTask {
                let pending = (0..<tasks).filter { !done($0) }
                out += "\(phase.rawValue): \(tasks - pending.count)/\(tasks) done"
                if !pending.isEmpty { out += "; pending: " + pending.prefix(20).map(String.init).joined(separator: ", ") + (pending.count > 20 ? ", …" : "") }
                out += "\n"
            } else {
                out += "\(phase.rawValue): \(done(nil) ? "done" : "pending")\n"
            }
        }
        return out
    }

    /// True once every phase of the job in `directory` has completed.
    public static func isComplete(directory: String) -> Bool {
        FileIO.kind(of: FilePaths.join(directory, "_sluice/done/merge.json")) == .file
    }

    private func writeMarker(_ phase: Phase, task: Int?, _ summary: JSONObject) throws {
        var bytes: [UInt8] = []
        var o = summary
        o["finished_at"] = .string(RunStatistics.now())
        JSONPrettyWriter.write(.object(o), into: &bytes)
        try FileIO.writeAtomically(bytes + [0x0A], to: marker(phase, task: task))
    }
}
