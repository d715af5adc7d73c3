import OrderedCollections
/// Serialises JSON values and strings straight into a UTF-8 byte buffer.
///
/// Output is compact (no spaces), keys in the order given, and non-ASCII text is written as UTF-8
/// (not `\u` escapes), so the same document always gives the same bytes.
public enum JSONWriter {
    /// Appends `value` as compact JSON.
    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: appendASCII("null", into: &out)
        case .bool(let b): appendASCII(b ? "true" : "false", into: &out)
        case .int(let i): writeInt(i, into: &out)
        case .double(let d): writeDouble(d, into: &out)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `string` as a quoted, escaped JSON string.
    public static func writeString(_ string: String, into out: inout [UInt8]) {
        var s = string
        s.withUTF8 { writeString(utf8: $0, into: &out) }
    }

    /// Appends already UTF-8 encoded text as a quoted, escaped JSON string.
    public static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let base = bytes.baseAddress else {
            appendLiteral("\"\"", into: &out)
            return
        }
        let n = bytes.count
        // Short strings with nothing to escape (labels, names, keys) go out quoted in one append.
        if n <= shortString, JSONByteScan.firstSpecial(base, from: 0, to: n) == n {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: shortString + 2) { tmp in
                let t = tmp.baseAddress!
                t[0] = UInt8(ascii: "\"")
                (t + 1).update(from: base, count: n)
                t[n + 1] = UInt8(ascii: "\"")
                out.append(contentsOf: UnsafeBufferPointer(start: t, count: n + 2))
            }
            return
        }
        out.append(UInt8(ascii: "\""))
        var i = 0
        while i < n {
            let special = JSONByteScan.firstSpecial(base, from: i, to: n)
            if special > i { out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: special - i)) }
            if special == n { break }
            let b = base[special]
            out.append(0x5C)
            switch b {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            default:
                out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)])
            }
            i = special + 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `bytes` go into a JSON string as they are (no `"`, `\\` or control byte to escape).
    public static func needsNoEscaping(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return JSONByteScan.firstSpecial(base, from: 0, to: bytes.count) == bytes.count
    }

    /// Appends an integer in decimal (the digits are formed in a stack buffer and appended at once).
    public static func writeInt(_ value: Int, into out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
            var k = 20
            var magnitude = value.magnitude
            while magnitude > 0 {
                k &-= 1
                buf[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            if value < 0 {
                k &-= 1
                buf[k] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<20]))
        }
    }

    /// Appends a finite double (non-finite values become `null`, as JSON has no NaN).
    public static func writeDouble(_ value: Double, into out: inout [UInt8]) {
        guard value.isFinite else { appendASCII("null", into: &out); return }
        if value.rounded() == value, abs(value) < 1e15 {
            writeInt(Int(value), into: &out)
            out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])
            return
        }
        appendASCII(value.description, into: &out)
    }

    /// Appends raw ASCII/UTF-8 text without quoting.
    public static func appendASCII(_ text: String, into out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// Appends a literal's bytes (a plain copy: no string indexing), for the fixed keys of hot encoders.
    @inline(__always)
    public static func appendLiteral(_ text: StaticString, into out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Strings up to this many bytes without escapes are written in one append.
    private static let shortString = 62

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }
}
