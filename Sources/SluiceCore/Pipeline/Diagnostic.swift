/// A position in a source file (1-based line and column; columns count Unicode scalars, as LibYAML does).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line (0 = unknown).
    public var line: Int
    /// 1-based column (0 = unknown).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or as much of it as is known.
    public var description: String {
        if line == 0 { return file }
        if column == 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

/// One problem found in a pipeline definition.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// Where.
    public var location: SourceLocation
    /// How bad.
    public var severity: Severity
    /// What is wrong, with a suggestion when there is one.
    public var message: String

    /// Creates a diagnostic.
    public init(_ location: SourceLocation, _ severity: Severity = .error, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Thrown when a pipeline definition has errors; carries all of them, not only the first.
public struct PipelineDefinitionError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
