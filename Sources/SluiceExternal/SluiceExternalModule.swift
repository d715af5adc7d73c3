import SluiceCore

/// The stages of the `SluiceExternal` module.
public enum SluiceExternalModule {
    /// `command`.
    public static let stages: [StageFactory] = [ExternalStage.factory]
}
