extension PipelineSpec {
    /// The pipeline reading other input paths (from `sluice run --input`), relative to the working directory.
    public func withInput(_ paths: [String]) -> PipelineSpec {
        var copy = self
        copy.input.paths = paths.map { FilePaths.resolve($0, against: ".") }
        copy.input.pathLocations = paths.map { _ in SourceLocation(file: "--input") }
        return copy
    }

    /// The pipeline writing to another output folder (from `sluice run --output`): exports with relative paths,
    /// `stats.json` and the rejects file move there.
    public func withOutputDirectory(_ directory: String) -> PipelineSpec {
        var copy = self
        let resolved = FilePaths.resolve(directory, against: ".")
        if let rejects = rejectsPath, rejects == FilePaths.join(outputDirectory, "rejects.jsonl") {
            copy.rejectsPath = FilePaths.join(resolved, "rejects.jsonl")
        }
        copy.outputDirectory = resolved
        for k in copy.stages.indices { copy.stages[k].configuration.outputDirectory = resolved }
        return copy
    }
}
