import Foundation

/// An error while reading a user gazetteer.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
    /// The file or source name.
    public var source: String
    /// 1-based line number, 0 when not tied to a line.
    public var line: Int
    /// What went wrong.
    public var message: String

    /// A `file:line: message` rendering.
    public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
}

extension Gazetteer {
    /// Adds entries from TSV text: `surface<TAB>label[<TAB>canonical]` per line; `#` starts a comment line.
    public mutating func load(tsv: String, source: String) throws {
        var lineNumber = 0
        for rawLine in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else {
                throw GazetteerError(source: source, line: lineNumber, message: "expected surface<TAB>label[<TAB>canonical]")
            }
            let labelName = fields[1].trimmingCharacters(in: .whitespaces)
            guard let label = EntityLabel(name: labelName) else {
                throw GazetteerError(source: source, line: lineNumber, message: "unknown label \"\(labelName)\"")
            }
            let surface = fields[0].trimmingCharacters(in: .whitespaces)
            let canonical = fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
            add(surface: surface, label: label, canonical: canonical.isEmpty ? nil : canonical, source: source)
        }
    }

    /// Adds entries from a small YAML subset: top-level keys are labels, each with a list of surfaces;
    /// an item `- surface: canonical` gives an alias and its canonical name.
    ///
    /// ```yaml
    /// PERSON:
    ///   - Vladimir Putin
    ///   - Putin: Vladimir Putin
    /// ORG:
    ///   - "NATO"
    /// ```
    public mutating func load(yaml: String, source: String) throws {
        var label: EntityLabel?
        var lineNumber = 0
        for rawLine in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(rawLine).replacingOccurrences(of: "\r", with: "")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" { continue }
            if !line.hasPrefix(" ") && !line.hasPrefix("-") {
                guard trimmed.hasSuffix(":"), let l = EntityLabel(name: String(trimmed.dropLast())) else {
                    throw GazetteerError(source: source, line: lineNumber, message: "expected a label key such as \"PERSON:\"")
                }
                label = l
                continue
            }
            guard trimmed.hasPrefix("- ") else {
                throw GazetteerError(source: source, line: lineNumber, message: "expected a list item \"- surface\"")
            }
            guard let label else {
                throw GazetteerError(source: source, line: lineNumber, message: "list item before any label key")
            }
            let item = String(trimmed.dropFirst(2))
            var surface = item
            var canonical: String?
            if let colon = Self.mappingColon(in: item) {
                surface = String(item[..<colon])
                canonical = Self.unquote(String(item[item.index(after: colon)...]))
            }
            add(surface: Self.unquote(surface), label: label, canonical: canonical?.isEmpty == true ? nil : canonical, source: source)
        }
    }

    /// Loads a TSV (`.tsv`, `.txt`) or YAML (`.yaml`, `.yml`) gazetteer file.
    public mutating func load(contentsOf path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GazetteerError(source: path, line: 0, message: "cannot read file (\(error.localizedDescription))")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            try load(yaml: text, source: path)
        } else {
            try load(tsv: text, source: path)
        }
    }

    /// The colon that separates a YAML key from its value (followed by a space or the end), outside quotes.
    private static func mappingColon(in s: String) -> String.Index? {
        var quote: Character?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ":" {
                let next = s.index(after: i)
                if next == s.endIndex || s[next] == " " { return i }
            }
            i = s.index(after: i)
        }
        return nil
    }

    private static func unquote(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, let f = t.first, let l = t.last, f == l, f == "\"" || f == "'" {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}
