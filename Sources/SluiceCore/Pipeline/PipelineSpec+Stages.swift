extension PipelineSpec {
    /// Builds the stage instances from their factories.
    ///
    /// - Throws: ``PipelineDefinitionError`` with a positioned diagnostic for each stage whose options
    ///   do not make sense together (a factory's ``StageConfigurationError``) or that cannot start.
    public func makeStages() throws(PipelineDefinitionError) -> [any Stage] {
        var stages: [any Stage] = []
        var diagnostics: [Diagnostic] = []
        for spec in self.stages {
            do {
                stages.append(try spec.factory.make(spec.configuration))
            } catch let e as StageConfigurationError {
                let at = e.option.flatMap { spec.configuration.optionLocations[$0] } ?? spec.location
                diagnostics.append(Diagnostic(at, .error, "stage \"\(spec.name)\": \(e.description)"))
            } catch {
                diagnostics.append(Diagnostic(spec.location, .error, "stage \"\(spec.name)\" cannot start: \(error)"))
            }
        }
        if !diagnostics.isEmpty { throw PipelineDefinitionError(diagnostics) }
        return stages
    }
}
