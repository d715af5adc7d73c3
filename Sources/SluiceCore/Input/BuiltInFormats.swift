import OrderedCollections
/// One plain-text document per file. The bytes stay raw until a decoding stage (or the runner's strict UTF-8 step).
public struct TextFormat: InputFormat {
    public init() {}
    public var description: InputFormatDescription {
        InputFormatDescription(name: "text", summary: "one document per file, plain text", extensions: ["txt", "text", "md"], framing: .wholeFile)
    }
    public func document(from bytes: UnsafeBufferPointer<UInt8>, source: DocumentSource, context: RecordContext) throws(RecordError) -> Document {
        Document(id: context.relativePath, source: source, raw: Array(bytes), metadata: ["format": "text"])
    }
}

/// One HTML page per file, kept as raw bytes for the decode stage (metadata `format: html`).
public struct HTMLFormat: InputFormat {
    public init() {}
    public var description: InputFormatDescription {
        InputFormatDescription(name: "html", summary: "one HTML page per file", extensions: ["html", "htm", "xhtml"], framing: .wholeFile)
    }
    public func document(from bytes: UnsafeBufferPointer<UInt8>, source: DocumentSource, context: RecordContext) throws(RecordError) -> Document {
        Document(id: context.relativePath, source: source, raw: Array(bytes), metadata: ["format": "html"])
    }
}

/// JSON Lines: one JSON object per line. The text field becomes the text, the id field the id, every other
/// field is kept as metadata.
public struct JSONLinesFormat: InputFormat {
    public init() {}
    public var description: InputFormatDescription {
        InputFormatDescription(
            name: "jsonl", summary: "JSON Lines, one object per line", extensions: ["jsonl", "ndjson", "json"], framing: .lines,
            options: [
                StageOption("id_field", .string, default: "id", "field holding the document id (missing: file:line)"),
                StageOption("text_field", .string, default: "text", "field holding the text"),
            ])
    }

    /// Parses the record. The text is checked (JSON escapes, UTF-8) but left encoded: the runner decodes it
    /// before the first stage that reads text (``Document/hasPendingText``), and JSON Lines export copies it
    /// as read when no stage changed it.
    public func document(from bytes: UnsafeBufferPointer<UInt8>, source: DocumentSource, context: RecordContext) throws(RecordError) -> Document {
        let idField = context.options["id_field"]?.stringValue ?? "id"
        let textField = context.options["text_field"]?.stringValue ?? "text"
        let parsed: (value: JSONValue, deferred: JSONParser.ScannedString?)
        do {
            parsed = try JSONParser.parseRecord(bytes, deferringStringField: textField)
        } catch {
            throw RecordError("malformed JSON: \(error.message) (byte \(error.offset + 1) of the line)")
        }
        guard case .object(var fields) = parsed.value else {
            throw RecordError("expected a JSON object, got \(parsed.value.typeDescription)")
        }
        let encoded: EncodedJSONText
        if let text = parsed.deferred {
            encoded = EncodedJSONText(bytes: Array(UnsafeBufferPointer(rebasing: bytes[text.range])),
                                      isCanonical: text.isCanonical, decodedCount: text.decodedCount)
        } else if let textValue = fields[textField] {
            throw RecordError("field \"\(textField)\" is \(textValue.typeDescription), expected a string")
        } else {
            throw RecordError("record has no \"\(textField)\" field")
        }
        let id: String
        switch fields.removeValue(forKey: idField) {
        case .string(let s)?: id = s
        case .int(let i)?: id = String(i)
        case .double(let d)?: id = d.description
        default: id = "\(context.relativePath):\(source.record)"
        }
        var document = Document(id: id, source: source, metadata: fields)
        document.encodedText = encoded
        return document
    }
}
