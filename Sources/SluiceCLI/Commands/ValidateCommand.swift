import ArgumentParser
import SluiceCore

/// `sluice validate PIPELINE.yaml`: checks a pipeline without running it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file: YAML syntax, keys, stage names, option types and values.",
        discussion: "Prints every problem as file:line:column and exits with status 2 if there is any.")

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    func run() throws {
        let (spec, _) = try PipelineLoading.load(pipeline)
        let chain = spec.stages.map(\.name).joined(separator: " → ")
        print("\(spec.file): ok: pipeline \"\(spec.name)\", \(spec.stages.count) stage\(spec.stages.count == 1 ? "" : "s"): \(chain)")
        let (files, problems) = InputExpander.expand(spec.input.paths, format: spec.input.format, exclude: spec.input.exclude, formats: .shared)
        print("input: \(files.count) file\(files.count == 1 ? "" : "s") from \(spec.input.paths.count) path\(spec.input.paths.count == 1 ? "" : "s"); output: \(spec.outputDirectory)")
        for p in problems { print("warning: \(p)") }
    }
}
