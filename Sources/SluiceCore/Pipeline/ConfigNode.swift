import OrderedCollections
import Yams

/// A parsed YAML node with its source position. Sendable, unlike Yams' `Node`, and with
/// `${VAR}` substitution already applied to scalar values.
struct ConfigNode: Sendable {
    enum Value: Sendable {
        /// A scalar's text and whether it was written plain (unquoted), which decides null/bool/number typing.
        case scalar(String, plain: Bool)
        case sequence([ConfigNode])
        case mapping([(key: String, keyLocation: SourceLocation, value: ConfigNode)])
    }

    var value: Value
    var location: SourceLocation

    /// The scalar text, if this is a scalar.
    var scalar: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }

    /// True for an empty plain scalar or `~`/`null`.
    var isNull: Bool {
        if case .scalar(let s, let plain) = value, plain {
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }

    /// Short description of the node's kind, for error messages.
    var kindDescription: String {
        switch value {
        case .scalar: return isNull ? "nothing" : "a value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// Converts to a JSON value, typing plain scalars (null, booleans, integers, numbers).
    var json: JSONValue {
        switch value {
        case .scalar(let s, let plain):
            guard plain else { return .string(s) }
            if isNull { return .null }
            if s == "true" || s == "True" || s == "TRUE" { return .bool(true) }
            if s == "false" || s == "False" || s == "FALSE" { return .bool(false) }
            if let i = Int(s) { return .int(i) }
            if let d = Double(s), s.first != "." || s.count > 1 { return .double(d) }
            return .string(s)
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let pairs):
            var o = JSONObject()
            for p in pairs { o[p.key] = p.value.json }
            return .object(o)
        }
    }
}

/// Turns YAML text into ``ConfigNode``s, collecting diagnostics with positions.
struct YAMLReader {
    /// Most nodes a pipeline file may expand to (aliases included): a guard against alias bombs.
    static let maxNodes = 100_000

    let file: String
    let environment: [String: String]
    private(set) var diagnostics: [Diagnostic] = []
    private var nodeCount = 0

    init(file: String, environment: [String: String]) {
        self.file = file
        self.environment = environment
    }

    /// Parses `text`; returns `nil` (with a diagnostic) on a syntax error.
    mutating func read(_ text: String) -> ConfigNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, file: file))
            return nil
        } catch {
            diagnostics.append(Diagnostic(SourceLocation(file: file), .error, "invalid YAML: \(error)"))
            return nil
        }
        guard let root else {
            diagnostics.append(Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, "the pipeline file is empty"))
            return nil
        }
        return convert(root)
    }

    private mutating func convert(_ node: Node) -> ConfigNode? {
        nodeCount += 1
        if nodeCount == Self.maxNodes + 1 {
            diagnostics.append(Diagnostic(location(node.mark), .error,
                "the YAML expands to more than \(Self.maxNodes) nodes (alias expansion limit)"))
        }
        if nodeCount > Self.maxNodes { return nil }
        switch node {
        case .scalar(let scalar):
            let loc = location(scalar.mark)
            let substituted = substitute(scalar.string, at: loc)
            return ConfigNode(value: .scalar(substituted, plain: scalar.style == .plain), location: loc)
        case .sequence(let seq):
            var items: [ConfigNode] = []
            for item in seq {
                if let c = convert(item) { items.append(c) }
            }
            return ConfigNode(value: .sequence(items), location: location(seq.mark))
        case .mapping(let map):
            var pairs: [(key: String, keyLocation: SourceLocation, value: ConfigNode)] = []
            for (k, v) in map {
                let keyLoc = location(k.mark)
                guard let key = k.scalar?.string else {
                    diagnostics.append(Diagnostic(keyLoc, .error, "mapping keys must be plain names"))
                    continue
                }
                if let c = convert(v) { pairs.append((key, keyLoc, c)) }
            }
            return ConfigNode(value: .mapping(pairs), location: location(map.mark))
        case .alias:
            diagnostics.append(Diagnostic(location(node.mark), .error, "unresolved YAML alias"))
            return nil
        }
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    /// Applies `${VAR}`, `${VAR:-default}` and `$$` (a literal `$`).
    private mutating func substitute(_ text: String, at loc: SourceLocation) -> String {
        guard text.contains("$") else { return text }
        switch EnvironmentSubstitution.apply(text, environment: environment) {
        case .success(let s): return s
        case .failure(let message):
            diagnostics.append(Diagnostic(loc, .error, message))
            return text
        }
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(SourceLocation(file: file, line: mark.line, column: mark.column), .error, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(SourceLocation(file: file, line: context.mark.line, column: context.mark.column), .error,
                              "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in mapping")
        case .reader(let problem, _, _, _):
            return Diagnostic(SourceLocation(file: file, line: 1), .error, "cannot read YAML: \(problem)")
        default:
            return Diagnostic(SourceLocation(file: file), .error, "invalid YAML: \(error)")
        }
    }
}

/// `${VAR}` / `${VAR:-default}` / `${VAR:?message}` substitution, with `$$` for a literal `$`.
public enum EnvironmentSubstitution {
    /// The outcome: the substituted text, or a message naming the undefined variable.
    public enum Outcome: Sendable, Equatable {
        case success(String)
        case failure(String)
    }

    /// Substitutes variables in `text` from `environment`.
    public static func apply(_ text: String, environment: [String: String]) -> Outcome {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "$" else { out.append(c); i = text.index(after: i); continue }
            let next = text.index(after: i)
            if next < text.endIndex, text[next] == "$" { out.append("$"); i = text.index(after: next); continue }
            guard next < text.endIndex, text[next] == "{", let close = text[next...].firstIndex(of: "}") else {
                out.append(c); i = next; continue
            }
            let body = String(text[text.index(after: next)..<close])
            var name = body
            var fallback: String?
            var required: String?
            if let colon = body.firstIndex(of: ":"), body.index(after: colon) < body.endIndex {
                let marker = body[body.index(after: colon)]
                let rest = String(body[body.index(colon, offsetBy: 2)...])
                if marker == "-" { name = String(body[..<colon]); fallback = rest }
                if marker == "?" { name = String(body[..<colon]); required = rest }
            }
            if let value = environment[name], !(value.isEmpty && fallback != nil) {
                out += value
            } else if let fallback {
                out += fallback
            } else {
                let extra = required.map { $0.isEmpty ? "" : ": \($0)" } ?? " (write ${\(name):-default} to give a default)"
                return .failure("environment variable \(name) is not set\(extra)")
            }
            i = text.index(after: close)
        }
        return .success(out)
    }
}
