import OrderedCollections
import Testing
@testable import SluiceCore

/// JSON Lines records keep their text encoded until a stage needs it: the deferred scan must accept and
/// reject exactly what the full parser does, and a pending text must behave like the decoded one.
struct PendingTextTests {
    /// JSON string literals (quotes included) covering plain ASCII, the writer's escapes, other escapes,
    /// raw multi-byte UTF-8, surrogate pairs and broken surrogates.
    static let strings: [String] = [
        #""""#, #""plain text""#, #""line\nnext\ttab \"q\" back\\slash \r \b \f""#, #""caf\u00e9 \u00E9""#,
        #""a\/b""#, "\"raw é ü 中文 😀\"", #""\ud83d\ude00 pair""#, #""lone \ud83d x""#, #""low \ude00 first""#,
        #""high then high \ud83d\ud83d""#, #""high then letter \ud83d\u0041""#, #""ctl \u0001 \u001f""#,
        "\"" + String(repeating: "long ascii run with é every so often ", count: 40) + "\"",
    ]

    private func record(_ literal: String) -> [UInt8] {
        Array(#"{"id":"d1","text":"#.utf8) + Array(literal.utf8) + Array(#","lang":"en","n":[1,2]}"#.utf8)
    }

    @Test(arguments: strings)
    func deferredScanMatchesTheFullParse(_ literal: String) throws {
        let bytes = record(literal)
        guard case .object(var full) = try JSONParser.parse(bytes), case .string(let text) = full.removeValue(forKey: "text") else {
            Issue.record("full parse failed"); return
        }
        let result = try bytes.withUnsafeBufferPointer { try JSONParser.parseRecord($0, deferringStringField: "text") }
        let deferred = try #require(result.deferred)
        #expect(result.value == .object(full))
        #expect(deferred.decodedCount == text.utf8.count)
        #expect(Array(bytes[deferred.range]) == Array(literal.utf8))
        var written: [UInt8] = []
        JSONWriter.writeString(text, into: &written)
        // Canonical means "export may copy it": it must then be what the writer writes. Strings without
        // \u and \/ escapes are always canonical (the writer's own escapes only).
        if deferred.isCanonical { #expect(written == Array(literal.utf8)) }
        if !literal.contains("\\u") && !literal.contains("\\/") { #expect(deferred.isCanonical) }
    }

    /// Broken strings in the text field: the deferred scan must fail where the full parser fails.
    @Test(arguments: [
        Array(#""bad \q escape""#.utf8), Array(#""truncated \u12""#.utf8), Array(#""unterminated"#.utf8),
        Array("\"ctl \u{01} raw\"".utf8), [0x22, 0x61, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
        [0x22, 0xF0, 0x9F, 0x98, 0x22], [0x22, 0x80, 0x22], [0x22, 0xC3],
    ])
    func deferredScanRejectsWhatTheParserRejects(_ literal: [UInt8]) {
        let bytes = Array(#"{"text":"#.utf8) + literal + Array("}".utf8)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        #expect(throws: JSONParseError.self) {
            try bytes.withUnsafeBufferPointer { try JSONParser.parseRecord($0, deferringStringField: "text") }
        }
    }

    /// The scan skips plain ASCII 16 and 8 bytes at a time: every byte that needs attention must stop it at
    /// every offset and word position (escapes, non-ASCII, and bytes the parser rejects).
    @Test(arguments: [
        Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8), Array("é".utf8),
        Array("😀".utf8), [0x7F], [0x01], [0x1F], [0x80], [0xC3, 0x28], [0xFF],
    ])
    func deferredScanStopsAtEveryOffset(_ special: [UInt8]) throws {
        for offset in 0..<40 {
            for tail in [0, 1, 9, 17] {
                let literal = [0x22] + Array(repeating: UInt8(ascii: "a"), count: offset) + special
                    + Array(repeating: UInt8(ascii: "z"), count: tail) + [0x22]
                let bytes = Array(#"{"text":"#.utf8) + literal + Array("}".utf8)
                let full = try? JSONParser.parse(bytes)
                let result = try? bytes.withUnsafeBufferPointer { try JSONParser.parseRecord($0, deferringStringField: "text") }
                #expect((full == nil) == (result == nil), "offset \(offset), tail \(tail)")
                if case .object(let fields)? = full, case .string(let text)? = fields["text"] {
                    #expect(result?.deferred?.decodedCount == text.utf8.count, "offset \(offset), tail \(tail)")
                }
            }
        }
    }

    @Test func nonStringTextAndMissingTextAreRecordErrors() throws {
        for (line, message) in [(#"{"text":5}"#, "is an integer"), (#"{"body":"x"}"#, "no \"text\" field"), ("[1]", "expected a JSON object")] {
            let error = #expect(throws: RecordError.self) { try document(line) }
            #expect(error?.message.contains(message) == true, "\(line): \(error?.message ?? "")")
        }
    }

    @Test(arguments: strings)
    func pendingTextDecodesToTheParsedText(_ literal: String) throws {
        let bytes = record(literal)
        guard case .object(let full) = try JSONParser.parse(bytes), case .string(let text) = full["text"] else {
            Issue.record("full parse failed"); return
        }
        var doc = try document(String(decoding: bytes, as: UTF8.self))
        #expect(doc.hasPendingText)
        #expect(doc.text.isEmpty)
        #expect(doc.byteCount == text.utf8.count)
        #expect(doc.decodedText == text)
        #expect(doc.metadata == ["lang": "en", "n": [1, 2]])
        var decoded = doc
        decoded.decodePendingText()
        #expect(!decoded.hasPendingText && decoded.text == text)
        #expect(decoded.encodedText != nil, "the encoded form stays for export while the text is unchanged")
        #expect(doc == decoded && doc.hashValue == decoded.hashValue)
        decoded.text += "!"
        #expect(decoded.encodedText == nil, "changing the text drops the encoded form")
        doc.text = "replaced"
        #expect(!doc.hasPendingText && doc.decodedText == "replaced" && doc.byteCount == 8)
    }

    private func document(_ line: String) throws(RecordError) -> Document {
        let bytes = Array(line.utf8)
        return try bytes.withUnsafeBufferPointer { buf throws(RecordError) in
            try JSONLinesFormat().document(from: buf, source: DocumentSource(path: "x.jsonl", record: 1),
                                           context: RecordContext(options: [:], relativePath: "x.jsonl"))
        }
    }
}
