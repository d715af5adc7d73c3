import OrderedCollections
/// A stage's options after the loader checked them against the stage's ``StageDescription``:
/// every key is declared, every value has its declared type, and defaults are filled in.
public struct StageConfiguration: Sendable {
    /// The stage's name.
    public var stageName: String
    /// Option values by key (given or default).
    public var values: JSONObject
    /// Where each given option was written (for error messages).
    public var optionLocations: [String: SourceLocation]
    /// Where the stage entry was written.
    public var location: SourceLocation
    /// Folder that relative paths resolve against (the pipeline file's folder).
    public var baseDirectory: String
    /// The run's output folder: relative output paths (exports) resolve against it.
    public var outputDirectory: String

    /// Creates a configuration (the loader does this; tests may use ``StageConfiguration/init(stageName:values:baseDirectory:)``).
    public init(
        stageName: String, values: JSONObject, optionLocations: [String: SourceLocation] = [:],
        location: SourceLocation = SourceLocation(file: "<memory>"), baseDirectory: String = ".", outputDirectory: String? = nil
    ) {
        self.stageName = stageName
        self.values = values
        self.optionLocations = optionLocations
        self.location = location
        self.baseDirectory = baseDirectory
        self.outputDirectory = outputDirectory ?? baseDirectory
    }

    /// Creates a configuration from plain values, filling defaults from a description (for tests and embedding).
    public init(stageName: String, values: JSONObject, defaultsFrom description: StageDescription?, baseDirectory: String = ".",
                outputDirectory: String? = nil) {
        var filled = values
        for option in description?.options ?? [] where filled[option.name] == nil {
            if let d = option.defaultValue { filled[option.name] = d }
        }
        self.init(stageName: stageName, values: filled, baseDirectory: baseDirectory, outputDirectory: outputDirectory)
    }

    /// The raw value of an option.
    public func value(_ key: String) -> JSONValue? {
        guard let v = values[key], !v.isNull else { return nil }
        return v
    }

    /// A string option.
    public func string(_ key: String) -> String? { value(key)?.stringValue }
    /// An integer option.
    public func int(_ key: String) -> Int? { value(key)?.intValue }
    /// A number option.
    public func double(_ key: String) -> Double? { value(key)?.doubleValue }
    /// A boolean option.
    public func bool(_ key: String) -> Bool? { value(key)?.boolValue }
    /// A list-of-strings option.
    public func strings(_ key: String) -> [String]? { value(key)?.arrayValue?.compactMap(\.stringValue) }

    /// A path option resolved against ``baseDirectory`` (absolute paths stay as they are).
    public func path(_ key: String) -> String? {
        string(key).map { FilePaths.resolve($0, against: baseDirectory) }
    }

    /// An error about one option, reported at that option's position in the pipeline file.
    public func error(_ key: String, _ message: String) -> StageConfigurationError {
        StageConfigurationError(option: key, message: message)
    }
}

/// Thrown by a stage factory when options are individually valid but do not make sense (a range, a combination).
public struct StageConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The option at fault, if one is (its position is used in the message).
    public var option: String?
    /// What is wrong, phrased for the person editing the pipeline.
    public var message: String

    /// Creates an error.
    public init(option: String? = nil, message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { option.map { "option \"\($0)\": \(message)" } ?? message }
}
