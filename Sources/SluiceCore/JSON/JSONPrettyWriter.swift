import OrderedCollections
/// Writes JSON indented by two spaces, for files people read (`stats.json`).
public enum JSONPrettyWriter {
    /// Appends `value` as indented JSON.
    public static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int = 0) {
        func newline(_ level: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
        switch value {
        case .array(let items) where !items.isEmpty && items.contains(where: { $0.arrayValue != nil || $0.objectValue != nil }):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                write(item, into: &out, indent: indent + 1)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(indent + 1)
                JSONWriter.writeString(key, into: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                write(item, into: &out, indent: indent + 1)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        default:
            JSONWriter.write(value, into: &out)
        }
    }
}
