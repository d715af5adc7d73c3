import SluiceCore

/// The stages of the `SluiceExport` module.
public enum SluiceExportModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [ExportStage.factory]
    /// Input formats this module provides (`sluice_jsonl`: read exports back with their annotations).
    public static let inputFormats: [any InputFormat] = [ExportedJSONLinesFormat()]
}
