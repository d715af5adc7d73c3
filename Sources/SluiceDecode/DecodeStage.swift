import OrderedCollections
import SluiceCore

/// The `decode` stage: raw bytes (any charset, HTML or text) in, clean normalised Unicode text out.
public struct DecodeStage: DocumentStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "decode",
        summary: "decode bytes to clean Unicode text: charsets, HTML, entities, mojibake, normalisation",
        discussion: """
            Raw documents (text and HTML files): BOM, then valid UTF-8, then a declared charset (HTML <meta>, or the \
            `encoding_field` metadata), then detection among legacy charsets (converted with iconv); `encoding` \
            forces one. Text that is already decoded (a JSON Lines field) is parsed as HTML with `html: always` or \
            `format: html` metadata; otherwise it only gets entity decoding. HTML is parsed with libxml2: scripts, styles and hidden elements dropped, blocks become \
            paragraphs, and each block is kept as a `block` annotation (tag, tag path, class/id, link share, \
            heading level) for boilerplate removal. Documents that are already text (JSON Lines) get entity \
            decoding, mojibake repair and normalisation. Metadata: charset, charset_source, title, lang, \
            invalid_sequences, mojibake_repaired. Binary files are dropped with the evidence as reason.
            """,
        options: [
            StageOption("encoding", .string, "force this charset (e.g. windows-1252) instead of detecting"),
            StageOption("encoding_field", .string, default: "charset", "metadata field that may declare the charset"),
            StageOption("on_invalid", .choice(InvalidSequencePolicy.allCases.map(\.rawValue)), default: "replace",
                        "invalid byte sequences: replace with U+FFFD (counted), drop the document, or fail it"),
            StageOption("html", .choice(HTMLMode.allCases.map(\.rawValue)), default: "auto", "treat input as HTML: auto (sniff), always, never"),
            StageOption("repair_mojibake", .bool, default: true, "repair UTF-8 read as Windows-1252/Latin-1 when the evidence is strong"),
            StageOption("normalization", .choice(NormalizationForm.allCases.map(\.rawValue)), default: "nfc", "Unicode normalisation form"),
            StageOption("collapse_whitespace", .bool, default: false, "collapse runs of spaces"),
            StageOption("fold_punctuation", .bool, default: false, "fold curly quotes and dashes to ASCII"),
            StageOption("decode_entities", .bool, default: true, "decode HTML entities found in plain text and JSON fields"),
            StageOption("blocks", .bool, default: true, "keep HTML block annotations"),
            StageOption("max_bytes", .int, default: .int(256 << 20), "larger documents are dropped"),
        ],
        example: "- decode: {on_invalid: replace, normalization: nfc}",
        consumesRawBytes: true,
        module: "SluiceDecode")

    /// The factory registered under `decode`.
    public static let factory = StageFactory(description) { config in try DecodeStage(configuration: config) }

    let decoder: TextDecoder
    let encodingField: String
    let keepBlocks: Bool
    let parseTextAsHTML: Bool

    /// Creates the stage from checked options.
    public init(configuration c: StageConfiguration) throws {
        let maxBytes = c.int("max_bytes") ?? (256 << 20)
        if maxBytes < 1 { throw c.error("max_bytes", "must be at least 1") }
        let options = DecodeOptions(
            encoding: c.string("encoding"),
            onInvalid: InvalidSequencePolicy(rawValue: c.string("on_invalid") ?? "replace") ?? .replace,
            html: HTMLMode(rawValue: c.string("html") ?? "auto") ?? .auto,
            repairMojibake: c.bool("repair_mojibake") ?? true,
            normalization: NormalizationForm(rawValue: c.string("normalization") ?? "nfc") ?? .nfc,
            collapseWhitespace: c.bool("collapse_whitespace") ?? false,
            foldPunctuation: c.bool("fold_punctuation") ?? false,
            decodeEntitiesInText: c.bool("decode_entities") ?? true,
            maxBytes: maxBytes)
        if let enc = options.encoding, CharsetRegistry.lookup(enc) == nil, !IconvConverter.isSupported(enc) {
            throw c.error("encoding", "unknown charset \"\(enc)\"")
        }
        decoder = TextDecoder(options: options)
        encodingField = c.string("encoding_field") ?? "charset"
        keepBlocks = c.bool("blocks") ?? true
        parseTextAsHTML = options.html == .always
    }

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let result: DecodedText
        if let raw = document.raw {
            let hint: ContentHint? = document.metadata["format"]?.stringValue == "html" ? .html : nil
            do {
                result = try decoder.decode(bytes: raw, declaredCharset: document.metadata[encodingField]?.stringValue, hint: hint)
            } catch {
                switch error {
                case .binaryContent(let kind): return .drop(reason: "binary content", detail: kind)
                case .droppedInvalid: return .drop(reason: "invalid byte sequences", detail: error.description)
                case .tooLarge: return .drop(reason: "too large", detail: error.description)
                default: throw error
                }
            }
            document.raw = nil
            document.metadata["charset"] = .string(result.charset)
            document.metadata["charset_source"] = .string(result.charsetSource.rawValue)
        } else if parseTextAsHTML || document.metadata["format"]?.stringValue == "html" {
            // HTML held in a text field (JSON Lines): parse it like a page.
            result = try decoder.decode(bytes: Array(document.text.utf8), declaredCharset: "utf-8", hint: .html)
        } else {
            result = decoder.clean(text: document.text)
        }
        if result.text != document.text { document.record(stage: context.stageName, action: .modified) }
        document.text = result.text
        if result.invalidSequences > 0 {
            document.metadata["invalid_sequences"] = .int(result.invalidSequences)
            context.count("invalid_sequences_replaced", by: result.invalidSequences)
        }
        if result.mojibakeRepaired {
            document.metadata["mojibake_repaired"] = .bool(true)
            context.count("mojibake_repaired")
        }
        if let title = result.title, document.metadata["title"] == nil { document.metadata["title"] = .string(title) }
        if let lang = result.language, document.metadata["lang"] == nil { document.metadata["lang"] = .string(lang) }
        if result.isHTML {
            context.count("html_documents")
            if keepBlocks {
                document.removeAnnotations(.block)
                document.annotations.reserveCapacity(document.annotations.count + result.blocks.count)
                for b in result.blocks {
                    var attributes: JSONObject = ["tag_path": .string(b.tagPath), "depth": .int(b.depth)]
                    if !b.classAndID.isEmpty { attributes["class_id"] = .string(b.classAndID) }
                    if b.linkTextShare > 0 { attributes["link_share"] = .double((b.linkTextShare * 1000).rounded() / 1000) }
                    if b.headingLevel > 0 { attributes["heading"] = .int(b.headingLevel) }
                    document.annotations.append(Annotation(kind: .block, start: b.start, end: b.end, label: b.tag, attributes: attributes))
                }
            }
        }
        return .keep
    }
}

/// The stages of the `SluiceDecode` module.
public enum SluiceDecodeModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [DecodeStage.factory]
}
