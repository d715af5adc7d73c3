import ArgumentParser
import SluiceCore

/// Command-line options for sharded jobs (`sluice run --tasks N ...`).
struct ShardOptions: ParsableArguments {
    @Option(help: "Split the job into N tasks (also from SLURM_ARRAY_TASK_COUNT or SLUICE_TASKS).")
    var tasks: Int?

    @Option(help: "Run only task I (0-based; also from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX).")
    var task: Int?

    @Option(help: "Run one phase: signatures, decide, process or merge (default: every phase the pipeline needs).")
    var phase: String?

    @Option(help: "Where the tasks run: local (this machine) or slurm (job arrays via sbatch).")
    var executor: String = "local"

    @Option(help: "Local executor: tasks run at the same time.")
    var parallelTasks: Int = 1

    @Option(help: "Slurm partition.")
    var partition: String?

    @Option(help: "Slurm time limit per task (e.g. 01:00:00).")
    var time: String?

    @Option(help: "Slurm CPUs per task (also the workers of each task).")
    var cpusPerTask: Int?

    @Option(help: "Slurm memory per task (e.g. 8G).")
    var mem: String?

    @Option(parsing: .singleValue, help: "Extra `#SBATCH` option, e.g. --sbatch-option=--account=nlp (repeatable).")
    var sbatchOption: [String] = []

    /// The task count from the flag or the scheduler's environment.
    var resolvedTaskCount: Int? {
        tasks ?? Environment.value("SLURM_ARRAY_TASK_COUNT").flatMap(Int.init) ?? Environment.value("SLUICE_TASKS").flatMap(Int.init)
    }

    /// The task index from the flag or the scheduler's environment (Slurm arrays, Kubernetes Indexed Jobs).
    var resolvedTaskIndex: Int? {
        task ?? Environment.value("SLURM_ARRAY_TASK_ID").flatMap(Int.init) ?? Environment.value("JOB_COMPLETION_INDEX").flatMap(Int.init)
    }

    func validate() throws {
        if let tasks, tasks < 1 || tasks > 100_000 { throw ValidationError("--tasks must be from 1 to 100000") }
        if let phase, ShardedJob.Phase(rawValue: phase) == nil {
            throw ValidationError("unknown --phase \"\(phase)\"" + Suggestions.hint(for: phase, in: ShardedJob.Phase.allCases.map(\.rawValue)))
        }
        if !["local", "slurm"].contains(executor) { throw ValidationError("--executor must be local or slurm") }
        if parallelTasks < 1 { throw ValidationError("--parallel-tasks must be at least 1") }
    }
}
