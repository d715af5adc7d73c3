import OrderedCollections
/// Checks a YAML node against an ``OptionType`` and converts it to a JSON value.
enum OptionCoercion {
    /// Converts `node` to `type`; on mismatch returns a message (without location).
    static func coerce(_ node: ConfigNode, to type: OptionType) -> Result<JSONValue, CoercionFailure> {
        switch type {
        case .any:
            return .success(node.json)
        case .string, .path:
            guard let s = node.scalar, !node.isNull else { return mismatch(node, "a string") }
            return .success(.string(s))
        case .int:
            if let s = node.scalar, let i = Int(String(s.filter { $0 != "_" })) { return .success(.int(i)) }
            return mismatch(node, "an integer")
        case .double:
            if let s = node.scalar, let d = Double(s), d.isFinite { return .success(.double(d)) }
            return mismatch(node, "a number")
        case .bool:
            switch node.scalar?.lowercased() {
            case "true", "yes", "on": return .success(.bool(true))
            case "false", "no", "off": return .success(.bool(false))
            default: return mismatch(node, "true or false")
            }
        case .choice(let options):
            guard let s = node.scalar, !node.isNull else { return mismatch(node, "one of \(options.joined(separator: ", "))") }
            if options.contains(s) { return .success(.string(s)) }
            return .failure(CoercionFailure(node.location,
                "\"\(s)\" is not one of \(options.map { "\"\($0)\"" }.joined(separator: ", "))" + Suggestions.hint(for: s, in: options)))
        case .list(let item):
            let items: [ConfigNode]
            switch node.value {
            case .sequence(let list): items = list
            case .scalar where !node.isNull: items = [node]  // a single value is a one-item list
            default: return mismatch(node, "a list")
            }
            var out: [JSONValue] = []
            for i in items {
                switch coerce(i, to: item) {
                case .success(let v): out.append(v)
                case .failure(let f): return .failure(f)
                }
            }
            return .success(.array(out))
        case .map(let valueType):
            guard case .mapping(let pairs) = node.value else { return mismatch(node, "a mapping") }
            var out = JSONObject()
            for p in pairs {
                switch coerce(p.value, to: valueType) {
                case .success(let v): out[p.key] = v
                case .failure(let f): return .failure(f)
                }
            }
            return .success(.object(out))
        }
    }

    private static func mismatch(_ node: ConfigNode, _ expected: String) -> Result<JSONValue, CoercionFailure> {
        let got: String
        if let s = node.scalar, !node.isNull { got = "\"\(s)\"" } else { got = node.kindDescription }
        return .failure(CoercionFailure(node.location, "expected \(expected), got \(got)"))
    }
}

/// A value of the wrong type, and where it is.
struct CoercionFailure: Error {
    var location: SourceLocation
    var message: String
    init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
