import Foundation
import SluiceCore

/// Writes one sbatch script per phase (kept for inspection) and submits them as job arrays chained with
/// `--dependency=afterok`, so Slurm runs the whole sharded job.
struct SlurmExecutor {
    let job: ShardedJob
    let phases: [ShardedJob.Phase]
    let pipeline: String
    let inputs: [String]
    let output: String
    let options: ShardOptions
    let workers: Int?

    /// Submits every phase; returns (phase, job id) in order.
    func submit() throws -> [(ShardedJob.Phase, String)] {
        let dir = FilePaths.join(output, "_sluice/slurm")
        try FileIO.makeDirectories(FilePaths.join(dir, "logs"))
        var previous: String?
        var ids: [(ShardedJob.Phase, String)] = []
        for phase in phases {
            let script = FilePaths.join(dir, "\(phase.rawValue).sbatch")
            try FileIO.writeAtomically(Array(scriptText(phase, logs: FilePaths.join(dir, "logs")).utf8), to: script)
            var args = ["--parsable"]
            if let previous { args.append("--dependency=afterok:\(previous)") }
            args.append(script)
            let id = try run("sbatch", args).split(separator: ";").first.map(String.init) ?? ""
            guard !id.isEmpty else { throw SlurmError(message: "sbatch printed no job id for \(script)") }
            ids.append((phase, id))
            previous = id
        }
        return ids
    }

    func scriptText(_ phase: ShardedJob.Phase, logs: String) -> String {
        var lines = ["#!/bin/bash", "#SBATCH --job-name=sluice-\(job.spec.name)-\(phase.rawValue)"]
        if phase.isPerTask {
            lines.append("#SBATCH --array=0-\(job.taskCount - 1)")
            lines.append("#SBATCH --output=\(logs)/\(phase.rawValue)-%a.log")
        } else {
            lines.append("#SBATCH --output=\(logs)/\(phase.rawValue).log")
        }
        if let p = options.partition { lines.append("#SBATCH --partition=\(p)") }
        if let t = options.time { lines.append("#SBATCH --time=\(t)") }
        if let c = options.cpusPerTask { lines.append("#SBATCH --cpus-per-task=\(c)") }
        if let m = options.mem { lines.append("#SBATCH --mem=\(m)") }
        for extra in options.sbatchOption { lines.append("#SBATCH \(extra)") }
        var command = [Self.executablePath(), "run", pipeline, "--output", output, "--tasks", String(job.taskCount), "--phase", phase.rawValue]
        for i in inputs { command += ["--input", i] }
        if let w = workers ?? options.cpusPerTask { command += ["--workers", String(w)] }
        if phase.isPerTask { command += ["--task", "${SLURM_ARRAY_TASK_ID}"] }
        lines.append("set -euo pipefail")
        lines.append("exec " + command.map { $0.hasPrefix("${") ? "\"\($0)\"" : Self.quote($0) }.joined(separator: " "))
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "/._-:=".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// This program's absolute path.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    private func run(_ tool: String, _ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + args
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw SlurmError(message: "cannot run \(tool): \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SlurmError(message: "\(tool) \(args.joined(separator: " ")) failed: \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct SlurmError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
