import OrderedCollections

/// Why a JSON text could not be parsed, and where (a byte offset into the input).
public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Byte offset of the problem in the parsed bytes.
    public var offset: Int

    public var description: String { "\(message) at byte \(offset)" }
}

/// A fast JSON parser working directly on UTF-8 bytes.
///
/// Strings are validated as UTF-8 while they are decoded; invalid UTF-8 is an error, not silently repaired.
/// Nesting is limited (``maxDepth``) so hostile input cannot overflow the stack.
public struct JSONParser: ~Copyable {
    /// Deepest nesting of arrays and objects accepted.
    public static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var depth = 0
    private var scratch: [UInt8] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses one complete JSON value (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.pos != bytes.count {
            throw JSONParseError(message: "unexpected data after the JSON value", offset: parser.pos)
        }
        return value
    }

    /// Parses one complete JSON value from an array of bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var result: Result<JSONValue, JSONParseError> = .success(.null)
        bytes.withUnsafeBufferPointer { buf in
            do throws(JSONParseError) { result = .success(try parse(buf)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    /// Parses a JSON text held in a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard pos < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("unexpected character '\(printable(bytes[pos]))'")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONObject {
        var none: ScannedString?
        return try parseObject(deferring: nil, found: &none)
    }

    /// Parses an object; a string value of the key `deferring` is only scanned (see ``parseRecord``).
    private mutating func parseObject(
        deferring: String?, found: inout ScannedString?
    ) throws(JSONParseError) -> JSONObject {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("JSON nested deeper than \(JSONParser.maxDepth) levels") }
        defer { depth -= 1 }
        pos += 1
        var object = JSONObject()
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return object }
        while true {
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after key") }
            pos += 1
            skipWhitespace()
            if let deferring, key == deferring, pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") {
                found = try scanString()
                object.removeValue(forKey: key)
            } else {
                let value = try parseValue()
                if key == deferring { found = nil }
                object[key] = value
            }
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return object }
            throw fail("expected ',' or '}' in object")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("JSON nested deeper than \(JSONParser.maxDepth) levels") }
        defer { depth -= 1 }
        pos += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            throw fail("expected ',' or ']' in array")
        }
    }

    /// Parses a string starting at the opening quote.
    private mutating func parseString() throws(JSONParseError) -> String {
        pos += 1
        let start = pos
        let base = bytes.baseAddress!
        // Fast path: no escapes.
        pos = JSONByteScan.firstSpecial(base, from: pos, to: bytes.count)
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<pos])
            guard let s = UTF8Validation.string(slice) else {
                throw JSONParseError(message: "invalid UTF-8 in string", offset: start + UTF8Validation.firstInvalidOffset(slice))
            }
            pos += 1
            return s
        }
        // Slow path: copy runs between escapes.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                guard let s = scratch.withUnsafeBufferPointer({ UTF8Validation.string($0) }) else {
                    throw JSONParseError(message: "invalid UTF-8 in string", offset: start)
                }
                return s
            }
            if b < 0x20 { throw fail("unescaped control character in string") }
            if b != UInt8(ascii: "\\") {
                let runEnd = JSONByteScan.firstSpecial(base, from: pos, to: bytes.count)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pos..<runEnd]))
                pos = runEnd
                continue
            }
            pos += 1
            guard pos < bytes.count else { break }
            let e = bytes[pos]
            pos += 1
            let (first, second) = try parseEscape(e)
            if first != Self.noScalar { appendScalar(first) }
            if second < 0x80 { scratch.append(UInt8(second)) } else { appendScalar(second) }
        }
        throw JSONParseError(message: "unterminated string", offset: start - 1)
    }

    /// Marks "no scalar" in the first half of ``parseEscape(_:)``'s result.
    private static let noScalar = UInt32.max

    /// Decodes the escape whose letter `e` was just read (`pos` is past it) into the scalars it stands for:
    /// usually one (the second value, the first being ``noScalar``), two when a high surrogate is followed by
    /// an escape that is not a low surrogate. A lone or mismatched surrogate becomes U+FFFD.
    @inline(__always)
    private mutating func parseEscape(_ e: UInt8) throws(JSONParseError) -> (UInt32, UInt32) {
        switch e {
        case UInt8(ascii: "\""): return (Self.noScalar, 0x22)
        case UInt8(ascii: "\\"): return (Self.noScalar, 0x5C)
        case UInt8(ascii: "/"): return (Self.noScalar, 0x2F)
        case UInt8(ascii: "b"): return (Self.noScalar, 0x08)
        case UInt8(ascii: "f"): return (Self.noScalar, 0x0C)
        case UInt8(ascii: "n"): return (Self.noScalar, 0x0A)
        case UInt8(ascii: "r"): return (Self.noScalar, 0x0D)
        case UInt8(ascii: "t"): return (Self.noScalar, 0x09)
        case UInt8(ascii: "u"):
            var first = Self.noScalar
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                if pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                    pos += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        first = 0xFFFD
                        scalar = low
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            return (first, Unicode.Scalar(scalar) == nil ? 0xFFFD : scalar)
        default:
            throw JSONParseError(message: "invalid escape '\\\(printable(e))' in string", offset: pos - 2)
        }
    }

    /// Checks the string starting at the opening quote without decoding it: escapes and UTF-8 are validated
    /// exactly as ``parseString()`` does. Returns the decoded length in UTF-8 bytes and whether the string is
    /// written the way ``JSONWriter`` writes it (its only escapes are `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`).
    private mutating func scanString() throws(JSONParseError) -> ScannedString {
        let quote = pos
        pos += 1
        let start = pos
        let base = bytes.baseAddress!
        let n = bytes.count
        var adjust = 0  // decoded length minus source length, summed over escapes
        var canonical = true
        while pos < n {
            // One pass over ASCII that needs no attention, many bytes a step.
            pos = JSONByteScan.firstAttention(base, from: pos, to: n)
            guard pos < n else { break }
            let b = base[pos]
            if b >= 0x80 {
                let length = UTF8Validation.sequenceLength(base, at: pos, end: n)
                if length == 0 { throw JSONParseError(message: "invalid UTF-8 in string", offset: pos) }
                pos += length
                continue
            }
            if b == UInt8(ascii: "\"") {
                pos += 1
                return ScannedString(range: quote..<pos, decodedCount: pos - 1 - start + adjust, isCanonical: canonical)
            }
            if b < 0x20 { throw fail("unescaped control character in string") }
            if b != UInt8(ascii: "\\") { pos += 1; continue }
            let escapeStart = pos
            pos += 1
            guard pos < n else { break }
            let e = bytes[pos]
            pos += 1
            if e == UInt8(ascii: "/") || e == UInt8(ascii: "u") { canonical = false }
            let (first, second) = try parseEscape(e)
            var decoded = Self.utf8Length(second)
            if first != Self.noScalar { decoded += Self.utf8Length(first) }
            adjust += decoded - (pos - escapeStart)
        }
        throw JSONParseError(message: "unterminated string", offset: start - 1)
    }

    /// A JSON string checked in place by ``parseRecord(_:deferringStringField:)`` but not decoded.
    package struct ScannedString: Sendable {
        /// Its bytes in the record, quotes included.
        package var range: Range<Int>
        /// Length of the decoded string in UTF-8 bytes.
        package var decodedCount: Int
        /// True if the bytes are what ``JSONWriter`` writes for the decoded string.
        package var isCanonical: Bool
    }

    /// Parses one JSON Lines record. When it is an object whose field `deferred` holds a string, that string is
    /// checked but not decoded: it comes back as its byte range (quotes included) with its decoded length and
    /// whether it is in ``JSONWriter``'s form, and the field is left out of the object.
    package static func parseRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, deferringStringField deferred: String
    ) throws(JSONParseError) -> (value: JSONValue, deferred: ScannedString?) {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.pos < bytes.count, bytes[parser.pos] == UInt8(ascii: "{") else {
            return (try parse(bytes), nil)
        }
        var found: ScannedString?
        let object = try parser.parseObject(deferring: deferred, found: &found)
        parser.skipWhitespace()
        if parser.pos != bytes.count {
            throw JSONParseError(message: "unexpected data after the JSON value", offset: parser.pos)
        }
        return (.object(object), found)
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    @inline(__always)
    private static func utf8Length(_ scalar: UInt32) -> Int {
        scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
    }

    private mutating func appendScalar(_ value: UInt32) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        for unit in UTF8.encode(scalar)! { scratch.append(unit) }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = pos
        var isInteger = true
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[pos]) else {
            throw fail("invalid number")
        }
        while pos < bytes.count {
            let c = bytes[pos]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
                pos += 1
            } else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
            {
                isInteger = false
                pos += 1
            } else {
                break
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text), d.isFinite else {
            throw JSONParseError(message: "invalid number '\(text)'", offset: start)
        }
        return .double(d)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard pos + count <= bytes.count else { throw fail("invalid literal") }
        let lit = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for i in 0..<count where bytes[pos + i] != lit[i] { throw fail("invalid literal") }
        pos += count
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private func fail(_ message: String) -> JSONParseError {
        JSONParseError(message: message, offset: pos)
    }

    private func printable(_ b: UInt8) -> String {
        (0x20..<0x7F).contains(b) ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16, uppercase: true)
    }
}
