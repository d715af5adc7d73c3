import ArgumentParser
import SluiceCore

/// Loads a pipeline file and prints diagnostics the way people read them.
enum PipelineLoading {
    /// Loads and checks `path`, exiting with status 2 and positioned messages if it is invalid.
    static func load(_ path: String, input: [String] = [], output: String? = nil) throws -> (PipelineSpec, [any Stage]) {
        do throws(PipelineDefinitionError) {
            var spec = try PipelineLoader().load(file: path)
            if !input.isEmpty { spec = spec.withInput(input) }
            if let output { spec = spec.withOutputDirectory(output) }
            let stages = try spec.makeStages()
            try PipelineRunner.checkPlan(spec, stages: stages)
            return (spec, stages)
        } catch let e {
            Terminal.printError(e.description)
            let count = e.diagnostics.filter { $0.severity == .error }.count
            Terminal.printError("\(count) error\(count == 1 ? "" : "s") in \(path)")
            throw ExitCode(2)
        }
    }
}
