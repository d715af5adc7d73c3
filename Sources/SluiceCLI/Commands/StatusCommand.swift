import ArgumentParser
import SluiceCore

/// `sluice status DIR`: progress of a sharded job from its completion markers.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per-phase, per-task progress of a sharded job (from its completion markers).",
        discussion: "Exit status 0 when the job has completed, 3 while it has not.")

    @Argument(help: "The job's output folder.")
    var directory: String

    func run() throws {
        do {
            print(try ShardedJob.status(directory: directory), terminator: "")
        } catch {
            throw ValidationError("\(error)")
        }
        if !ShardedJob.isComplete(directory: directory) { throw ExitCode(3) }
    }
}
