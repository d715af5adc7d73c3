import SluiceCore

/// `redact`: masks e-mail addresses, phone numbers, IPv4 addresses and listed words.
///
/// Each matched byte becomes the one-byte `mask` character, so the text keeps its length in bytes and every
/// existing annotation stays valid; each match also gets a `redacted` annotation labelled with its kind.
public struct RedactStage: DocumentStage {
    /// The factory the plugin registers.
    public static let factory = StageFactory(StageDescription(
        name: "redact",
        summary: "mask e-mail addresses, phone numbers, IPv4 addresses and listed words",
        options: [
            StageOption("emails", .bool, default: true, "mask e-mail addresses"),
            StageOption("phones", .bool, default: true, "mask phone numbers (9 to 15 digits)"),
            StageOption("ips", .bool, default: true, "mask IPv4 addresses"),
            StageOption("words", .list(.string), default: [], "words to mask (whole words, ASCII case-insensitive)"),
            StageOption("mask", .string, default: "*", "the character that replaces each masked byte (one ASCII character)"),
        ],
        example: "- redact: {words: [confidential], mask: \"#\"}",
        module: "Redact plugin")) { config in
            let mask = config.string("mask") ?? "*"
            guard mask.utf8.count == 1, let byte = mask.utf8.first, byte >= 0x20, byte < 0x7F else {
                throw config.error("mask", "must be one printable ASCII character, got \"\(mask)\"")
            }
            var scanner = PIIScanner()
            scanner.emails = config.bool("emails") ?? true
            scanner.phones = config.bool("phones") ?? true
            scanner.ips = config.bool("ips") ?? true
            scanner.words = Set((config.strings("words") ?? []).map { Array($0.utf8).map(PIIScanner.lower) })
            return RedactStage(scanner: scanner, mask: byte)
        }

    let scanner: PIIScanner
    let mask: UInt8

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        var bytes = Array(document.text.utf8)
        let matches = scanner.scan(bytes)
        guard !matches.isEmpty else { return .keep }
        for m in matches {
            for k in m.range { bytes[k] = mask }
            document.annotations.append(Annotation(kind: "redacted", start: m.range.lowerBound, end: m.range.upperBound, label: m.kind.rawValue))
            context.count(m.kind.rawValue + "s")
        }
        document.text = String(decoding: bytes, as: UTF8.self)
        document.record(stage: context.stageName, action: .modified, detail: "masked \(matches.count) span\(matches.count == 1 ? "" : "s")")
        return .keep
    }
}
