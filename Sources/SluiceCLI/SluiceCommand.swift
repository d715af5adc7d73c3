import ArgumentParser
import SluiceCore

/// The `sluice` command line: `run`, `validate`, `stages`, `status`, `train-entities`, `new-stage`, `bench`.
public struct SluiceCommand: ParsableCommand {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "sluice",
        abstract: "Run YAML-defined text-processing pipelines over document corpora.",
        discussion: """
            Exit status: 0 the run completed (documents that failed are in the rejects file); 1 the run failed \
            (error policy `fail`, unreadable output, ...); 2 the pipeline file is invalid; 64 wrong command-line \
            usage; 130 interrupted (SIGINT/SIGTERM).
            """,
        version: version,
        subcommands: [
            RunCommand.self, ValidateCommand.self, StagesCommand.self, StatusCommand.self, TrainEntitiesCommand.self,
            NewStageCommand.self, BenchCommand.self,
        ])

    public init() {}
}

/// Entry point shared by the `sluice` executable and by user executables that add their own stages.
public enum SluiceMain {
    /// Registers the standard stages plus `extraStages`, then runs the command line and exits.
    ///
    /// A user package that adds stages needs only:
    /// ```swift
    /// import SluiceCLI
    /// SluiceMain.run(extraStages: [MyStage.factory])
    /// ```
    public static func run(extraStages: [StageFactory] = [], arguments: [String]? = nil) -> Never {
        do {
            try StandardStagesRegistration.registerStandard()
            try StageRegistry.shared.register(extraStages)
        } catch {
            SluiceCommand.exit(withError: ValidationError("cannot register stages: \(error)"))
        }
        SluiceCommand.main(arguments)
        SluiceCommand.exit()
    }
}
