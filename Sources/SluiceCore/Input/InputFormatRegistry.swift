import OrderedCollections
import Synchronization

/// Maps input format names to formats. The core registers `text`, `html` and `jsonl`.
public final class InputFormatRegistry: Sendable {
    private let formats = Mutex<[String: any InputFormat]>([:])

    /// The process-wide registry, with the built-in formats.
    public static let shared: InputFormatRegistry = {
        let r = InputFormatRegistry()
        for f in [TextFormat(), HTMLFormat(), JSONLinesFormat()] as [any InputFormat] {
            try! r.register(f)  // distinct built-in names: cannot fail
        }
        return r
    }()

    /// Creates an empty registry.
    public init() {}

    /// Registers a format. - Throws: if the name is taken.
    public func register(_ format: any InputFormat) throws(RegistrationError) {
        let name = format.description.name
        let taken = formats.withLock { table -> Bool in
            if table[name] != nil { return true }
            table[name] = format
            return false
        }
        if taken { throw RegistrationError(name: name, message: "an input format named \"\(name)\" is already registered") }
    }

    /// The format named `name`.
    public func format(named name: String) -> (any InputFormat)? { formats.withLock { $0[name] } }

    /// Every format name, sorted.
    public var names: [String] { formats.withLock { $0.keys.sorted() } }

    /// The format for a file under `format: auto`: by extension (after stripping `.gz`), else `text`.
    public func format(forPath path: String) -> any InputFormat {
        var name = FilePaths.fileName(of: path).lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!) : ""
        return formats.withLock { table in
            table.values.sorted { $0.description.name < $1.description.name }
                .first { $0.description.extensions.contains(ext) } ?? table["text"]!
        }
    }

    /// Options accepted by any format (for validating the `input` mapping).
    public var allOptions: [StageOption] {
        formats.withLock { table in
            var seen = Set<String>()
            var out: [StageOption] = []
            for f in table.values.sorted(by: { $0.description.name < $1.description.name }) {
                for o in f.description.options where seen.insert(o.name).inserted { out.append(o) }
            }
            return out
        }
    }
}
