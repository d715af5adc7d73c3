import OrderedCollections
import Testing
@testable import SluiceCore

struct JSONTests {
    @Test func parsesAndWritesRoundTrip() throws {
        let text = #"{"id":"a1","text":"Caf\u00e9 \"quoted\"\n\ttab 😀","n":-12,"x":1.5,"ok":true,"none":null,"list":[1,"two",{"k":[]}]}"#
        let value = try JSONParser.parse(text)
        guard case .object(let o) = value else { Issue.record("not an object"); return }
        #expect(o["text"] == .string("Café \"quoted\"\n\ttab 😀"))
        #expect(o["n"] == .int(-12))
        #expect(o["x"] == .double(1.5))
        #expect(Array(o.keys) == ["id", "text", "n", "x", "ok", "none", "list"])
        var out: [UInt8] = []
        JSONWriter.write(value, into: &out)
        #expect(try JSONParser.parse(out) == value)
    }

    @Test func surrogatePairsAndControlEscapes() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""\ud83d x""#) == .string("\u{FFFD} x"))
        var out: [UInt8] = []
        JSONWriter.writeString("a\u{01}b", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\u0001b""#)
    }

    /// Integers are written as Swift prints them, at every digit count and at both ends of the range (the digits are
    /// formed backwards in a stack buffer; `Int.min` has no positive counterpart).
    @Test func integersAreWrittenInDecimal() {
        var values = [0, 1, 9, 10, -1, -9, -10, 99, 100, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, -power, -(power - 1)]
        }
        for v in values {
            var out: [UInt8] = []
            JSONWriter.writeInt(v, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(v))
        }
    }

    @Test(arguments: [
        #"{"a":1"#, #"{"a" 1}"#, #"[1,]"#, #"{"a":tru}"#, #""unterminated"#, #"{"a":1} x"#, "", #"{"a":"\q"}"#,
    ])
    func rejectsMalformedJSON(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        let bytes: [UInt8] = Array(#"{"text":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func utf8ValidationFindsFirstBadByte() {
        let good = Array("héllo wörld, ASCII runs of more than eight bytes".utf8)
        #expect(UTF8Validation.isValid(good))
        #expect(good.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == good.count)
        let bad: [UInt8] = Array("abcdefghij".utf8) + [0xED, 0xA0, 0x80] + Array("z".utf8)  // encoded surrogate
        #expect(bad.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == 10)
        #expect(!UTF8Validation.isValid([0xF5, 0x80, 0x80, 0x80]))
        #expect(!UTF8Validation.isValid([0xC3]))
    }

    /// The string scan's sixteen-byte test (two lanes) and its eight-byte test flag the same bytes: every byte
    /// value at every position of sixteen plain bytes.
    @Test func attentionLanesFlagWhatTheWordTestFlags() {
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                bytes.withUnsafeBufferPointer { p in
                    let base = p.baseAddress!
                    let lanes = JSONByteScan.needsAttention(UnsafeRawPointer(base).loadUnaligned(as: SIMD2<UInt64>.self))
                    let words = JSONByteScan.attentionMask(ByteWords.load(base)) | JSONByteScan.attentionMask(ByteWords.load(base + 8))
                    #expect(lanes == (words != 0), "byte \(value) at \(position)")
                    #expect(JSONByteScan.firstAttention(base, from: 0, to: 16) == (words != 0 ? position : 16), "byte \(value) at \(position)")
                }
            }
        }
    }

    /// `UTF8Validation.string` stands in for `String(validating:as:)` in the parser: same answer on valid,
    /// truncated, overlong, surrogate and out-of-range sequences, at every position in a short key-sized string.
    @Test func validatedStringMatchesTheStandardLibrary() {
        let pieces: [[UInt8]] = [
            Array("id".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8),
            [0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80],
        ]
        for a in pieces {
            for b in pieces {
                let bytes = Array("key ".utf8) + a + Array(" mid ".utf8) + b
                let ours = bytes.withUnsafeBufferPointer { UTF8Validation.string($0) }
                let reference = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
                #expect(ours == reference, "\(bytes)")
            }
        }
    }
}
