/// Makes a stage from its configuration; what modules register under a stage name.
public struct StageFactory: Sendable {
    /// The stage's self-description (name, options, example).
    public var description: StageDescription
    /// Builds a stage from checked options. Throw ``StageConfigurationError`` for invalid combinations.
    public var make: @Sendable (StageConfiguration) throws -> any Stage

    /// Creates a factory.
    public init(_ description: StageDescription, make: @escaping @Sendable (StageConfiguration) throws -> any Stage) {
        self.description = description
        self.make = make
    }

    /// The stage's name.
    public var name: String { description.name }
}
