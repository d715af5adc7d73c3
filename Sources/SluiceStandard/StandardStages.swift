import SluiceCore
import SluiceBoilerplate
import SluiceDecode
import SluiceDedup
import SluiceEntities
import SluiceExport
import SluiceExternal
import SluiceSentences

/// Registers every standard Sluice stage: the umbrella over the stage modules.
public enum StandardStages {
    /// All standard stage factories, from every stage module.
    public static var factories: [StageFactory] {
        UtilityStages.factories
            + SluiceDecodeModule.stages
            + SluiceBoilerplateModule.stages
            + SluiceSentencesModule.stages
            + SluiceEntitiesModule.stages
            + SluiceDedupModule.stages
            + SluiceExportModule.stages
            + SluiceExternalModule.stages
    }

    /// Registers the standard stages into `registry` (once; later calls are no-ops for the shared registry).
    public static func register(into registry: StageRegistry = .shared) throws(RegistrationError) {
        for factory in factories where registry.factory(named: factory.name) == nil {
            try registry.register(factory)
        }
    }
}
