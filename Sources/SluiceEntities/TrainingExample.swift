import Foundation

/// One annotated text for training the ``EntityModel``. Entity offsets are UTF-8 byte offsets.
public struct TrainingExample: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Gold entities (UTF-8 byte offsets; `canonical`/`source` are ignored).
    public var entities: [EntityMention]

    /// Creates an example.
    public init(text: String, entities: [EntityMention]) {
        self.text = text
        self.entities = entities
    }

    private struct JSONRecord: Decodable {
        struct Entity: Decodable {
            var start: Int
            var end: Int
            var label: String
        }
        var text: String
        var entities: [Entity]
    }

    /// Reads JSON Lines `{"text", "entities": [{"start","end","label"}]}` with **character** (Unicode scalar,
    /// as in Python) offsets, converting them to UTF-8 byte offsets. Unknown labels are skipped.
    public static func loadJSONLines(path: String) throws -> [TrainingExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var out: [TrainingExample] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: 0x0A) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            let rec: JSONRecord
            do {
                rec = try decoder.decode(JSONRecord.self, from: Data(line))
            } catch {
                throw EntityModelError(message: "\(path):\(lineNumber): bad JSON record (\(error))")
            }
            let offsets = scalarToByteOffsets(rec.text)
            var ents: [EntityMention] = []
            for e in rec.entities {
                guard let label = EntityLabel(name: e.label), e.start >= 0, e.end < offsets.count, e.start < e.end else { continue }
                ents.append(EntityMention(start: offsets[e.start], end: offsets[e.end], label: label, source: "gold"))
            }
            out.append(TrainingExample(text: rec.text, entities: ents))
        }
        return out
    }

    /// Reads CoNLL-style data: one token per line with the BIO/IOB tag in the last column, blank lines
    /// between sentences, `-DOCSTART-` lines between documents. Tokens are joined with spaces and sentences
    /// with newlines.
    public static func loadCoNLL(path: String) throws -> [TrainingExample] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out: [TrainingExample] = []
        var doc = ""
        var ents: [EntityMention] = []
        var open: (start: Int, label: EntityLabel)?
        var lastEnd = 0
        var sentenceHasTokens = false
        func close() {
            if let o = open { ents.append(EntityMention(start: o.start, end: lastEnd, label: o.label, source: "gold")) }
            open = nil
        }
        func flushDoc() {
            close()
            while doc.hasSuffix("\n") { doc.removeLast() }
            if !doc.isEmpty { out.append(TrainingExample(text: doc, entities: ents)) }
            doc = ""
            ents = []
            sentenceHasTokens = false
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("-DOCSTART-") {
                flushDoc()
                continue
            }
            if line.isEmpty || line.hasPrefix("#") {
                close()
                if sentenceHasTokens {
                    doc += "\n"
                    sentenceHasTokens = false
                }
                continue
            }
            let cols = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let token = cols.first, let tag = cols.last, cols.count >= 2 else { continue }
            if sentenceHasTokens { doc += " " }
            let start = doc.utf8.count
            doc += token
            let tagStr = String(tag)
            if tagStr == "O" || tagStr.count < 3 {
                close()
            } else {
                let prefix = tagStr.prefix(2)
                let label = EntityLabel(name: String(tagStr.dropFirst(2)))
                if prefix == "B-" || open == nil || open?.label != label {
                    close()
                    if let label { open = (start, label) }
                }
            }
            lastEnd = doc.utf8.count
            sentenceHasTokens = true
        }
        flushDoc()
        return out
    }

    /// Maps each Unicode scalar index (0...count) to its UTF-8 byte offset.
    static func scalarToByteOffsets(_ s: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(s.utf8.count + 1)
        var byte = 0
        for sc in s.unicodeScalars {
            offsets.append(byte)
            byte += UTF8.width(sc)
        }
        offsets.append(byte)
        return offsets
    }
}
