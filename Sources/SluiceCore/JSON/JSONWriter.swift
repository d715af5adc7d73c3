import OrderedCollections
/// Serialises JSON values and strings straight into a UTF-8 byte buffer.
///
/// Output is compact (no spaces), keys in the order given, and non-ASCII text is written as UTF-8
/// (not `\u` escapes), so the same document always gives the same bytes. Every function writes into any
/// ``JSONOutput`` (`[UInt8]`, or an encoder's own buffer) and is inlinable, so it is specialised for it.
public enum JSONWriter {
    /// Appends `value` as compact JSON.
    @inlinable
    public static func write<Output: JSONOutput>(_ value: JSONValue, into out: inout Output) {
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
    @inlinable
    public static func writeString<Output: JSONOutput>(_ string: String, into out: inout Output) {
        var s = string
        s.withUTF8 { writeString(utf8: $0, into: &out) }
    }

    /// Appends already UTF-8 encoded text as a quoted, escaped JSON string.
    @inlinable
    public static func writeString<Output: JSONOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout Output) {
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
                out.append(bytes: UnsafeBufferPointer(start: t, count: n + 2))
            }
            return
        }
        out.append(UInt8(ascii: "\""))
        var i = 0
        while i < n {
            let special = JSONByteScan.firstSpecial(base, from: i, to: n)
            if special > i { out.append(bytes: UnsafeBufferPointer(start: base + i, count: special - i)) }
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
                for c in [UInt8(ascii: "u"), 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)] { out.append(c) }
            }
            i = special + 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends an integer in decimal (the digits are formed in a stack buffer and appended at once).
    @inlinable
    public static func writeInt<Output: JSONOutput>(_ value: Int, into out: inout Output) {
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
            out.append(bytes: UnsafeBufferPointer(rebasing: buf[k..<20]))
        }
    }

    /// Appends a finite double (non-finite values become `null`, as JSON has no NaN).
    @inlinable
    public static func writeDouble<Output: JSONOutput>(_ value: Double, into out: inout Output) {
        guard value.isFinite else { appendASCII("null", into: &out); return }
        if value.rounded() == value, abs(value) < 1e15 {
            writeInt(Int(value), into: &out)
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0"))
            return
        }
        appendASCII(value.description, into: &out)
    }

    /// Appends raw ASCII/UTF-8 text without quoting.
    @inlinable
    public static func appendASCII<Output: JSONOutput>(_ text: String, into out: inout Output) {
        var text = text
        text.withUTF8 { out.append(bytes: $0) }
    }

    /// Appends a literal's bytes (a plain copy: no string indexing), for the fixed keys of hot encoders.
    @inlinable @inline(__always)
    public static func appendLiteral<Output: JSONOutput>(_ text: StaticString, into out: inout Output) {
        text.withUTF8Buffer { out.append(bytes: $0) }
    }

    /// Strings up to this many bytes without escapes are written in one append.
    @usableFromInline static var shortString: Int { 62 }

    @inlinable @inline(__always)
    static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }
}
