import SluiceCore

/// The stages of the `SluiceExport` module.
public enum SluiceExportModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [ExportStage.factory]
}
