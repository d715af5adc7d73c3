/// The type of a stage option, used to check YAML values before a stage sees them.
public indirect enum OptionType: Sendable, Hashable, CustomStringConvertible {
    case string
    case int
    case double
    case bool
    /// One of a fixed set of strings.
    case choice([String])
    /// A list whose items have the given type.
    case list(OptionType)
    /// A file or folder path; relative paths resolve against the pipeline file's folder.
    case path
    /// A mapping from strings to values of the given type.
    case map(OptionType)
    /// Any JSON-compatible value; the stage checks it.
    case any

    public var description: String {
        switch self {
        case .string: return "string"
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .choice(let options): return options.joined(separator: " | ")
        case .list(let item): return "list of \(item)"
        case .path: return "path"
        case .map(let value): return "mapping of string to \(value)"
        case .any: return "any"
        }
    }
}

/// One option a stage accepts in its YAML mapping.
public struct StageOption: Sendable, Hashable {
    /// Key in the YAML mapping.
    public var name: String
    /// Expected type.
    public var type: OptionType
    /// Default when the key is absent (`nil`: absent means "not set").
    public var defaultValue: JSONValue?
    /// True if the pipeline must give this option.
    public var isRequired: Bool
    /// One line saying what the option does.
    public var summary: String

    /// Declares an option.
    public init(_ name: String, _ type: OptionType, default defaultValue: JSONValue? = nil, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isRequired = required
        self.summary = summary
    }
}

/// Everything `sluice stages NAME` shows about a stage, and what the loader checks options against.
public struct StageDescription: Sendable {
    /// The name used in pipelines (`- decode`).
    public var name: String
    /// One line saying what the stage does.
    public var summary: String
    /// Longer explanation (optional).
    public var discussion: String
    /// The options, in the order they are documented.
    public var options: [StageOption]
    /// A YAML example of the stage entry.
    public var example: String
    /// True if the stage reads ``Document/raw`` bytes (a decoder). Other stages get text: the runner
    /// decodes strict UTF-8 itself if no earlier stage did.
    public var consumesRawBytes: Bool
    /// False for a stage that never reads ``Document/text`` (it may see ``Document/hasPendingText`` documents
    /// and must call ``Document/decodePendingText()`` or use ``Document/decodedText`` if it ever needs the
    /// text). True by default: the runner then decodes a pending text before the stage runs.
    public var readsText: Bool
    /// The module that provides the stage (shown in listings and error messages).
    public var module: String

    /// Describes a stage.
    public init(
        name: String, summary: String, discussion: String = "", options: [StageOption] = [],
        example: String = "", consumesRawBytes: Bool = false, readsText: Bool = true, module: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.options = options
        self.example = example.isEmpty ? "- \(name)" : example
        self.consumesRawBytes = consumesRawBytes
        self.readsText = readsText
        self.module = module
    }

    /// The option named `name`, if declared.
    public func option(named name: String) -> StageOption? {
        options.first { $0.name == name }
    }
}
