@testable import SluiceCore

/// The JSON Lines reader: each input is one record handed to the `jsonl` format.
struct JSONLinesHarness: Harness {
    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let format = InputFormatRegistry.shared.format(named: "jsonl") else { fatalError("no jsonl format") }
        var options = JSONObject()
        for o in format.description.options { options[o.name] = o.defaultValue }
        let context = RecordContext(options: options, relativePath: "fuzz.jsonl")
        if let doc = try? format.document(from: bytes, source: DocumentSource(path: "fuzz.jsonl", record: 1), context: context) {
            _ = doc.text.utf8.count
        }
    }
}
