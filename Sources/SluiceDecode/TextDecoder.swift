/// Decodes documents to clean Unicode text: charset (BOM, declaration, UTF-8 fast path,
/// detection via glibc iconv), HTML to text (libxml2), entity decoding, mojibake repair,
/// and normalization.
///
/// A value type with no shared mutable state: one instance can be used from many threads.
public struct TextDecoder: Sendable {
    /// The options in effect.
    public let options: DecodeOptions

    /// Creates a decoder.
    public init(options: DecodeOptions = DecodeOptions()) {
        self.options = options
    }

    /// Decodes raw bytes.
    ///
    /// - Parameters:
    ///   - bytes: the document.
    ///   - declaredCharset: a charset from metadata (HTTP header, JSON Lines field); used when the
    ///     bytes are not valid UTF-8 and carry no BOM.
    ///   - hint: `.html` or `.text` overrides ``DecodeOptions/html`` `.auto` sniffing.
    public func decode(bytes: [UInt8], declaredCharset: String? = nil, hint: ContentHint? = nil) throws(DecodeFailure) -> DecodedText {
        try bytes.withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt8>) throws(DecodeFailure) -> DecodedText in
            try decode(buffer: p, declaredCharset: declaredCharset, hint: hint)
        }
    }

    /// Decodes raw bytes from a buffer (no copy of the input).
    public func decode(buffer p: UnsafeBufferPointer<UInt8>, declaredCharset: String? = nil,
                       hint: ContentHint? = nil) throws(DecodeFailure) -> DecodedText {
        if p.count > options.maxBytes { throw .tooLarge(bytes: p.count, limit: options.maxBytes) }
        if p.isEmpty {
            return DecodedText(text: "", charset: "utf-8", charsetSource: .utf8)
        }
        if options.rejectBinary, options.encoding == nil, ByteOrderMark.detect(p) == nil,
           BinarySniffer.bomlessUTF16(p) == nil, let kind = BinarySniffer.binaryKind(p) {
            throw .binaryContent(kind: kind)
        }
        let sniffDeclaration = options.html != .never && hint != .text
        let decoded = try CharsetDecoding.decode(p, override: options.encoding, declared: declaredCharset,
                                                 sniffHTMLDeclaration: sniffDeclaration)
        if decoded.invalid > 0 {
            switch options.onInvalid {
            case .replace: break
            case .drop: throw .droppedInvalid(count: decoded.invalid)
            case .fail: throw .invalidBytes(count: decoded.invalid, offset: decoded.firstInvalid ?? 0)
            }
        }
        let isHTML: Bool
        switch (options.html, hint) {
        case (.never, _): isHTML = false
        case (.always, _): isHTML = true
        case (.auto, .some(.html)): isHTML = true
        case (.auto, .some(.text)): isHTML = false
        case (.auto, .none): isHTML = HTMLSniffer.looksLikeHTML(decoded.text)
        }
        var result: DecodedText
        if isHTML {
            result = try htmlToText(decoded.text)
        } else {
            result = clean(text: decoded.text)
        }
        result.charset = decoded.charset
        result.charsetSource = decoded.source
        result.invalidSequences = decoded.invalid
        return result
    }

    /// Cleans text that is already Unicode (e.g. a JSON field): entity decoding (when enabled and
    /// present), mojibake repair, control removal, normalization.
    public func clean(text: String) -> DecodedText {
        var current = text
        var repaired = false
        if options.repairMojibake, let fixed = MojibakeRepair.repair(current) {
            current = fixed
            repaired = true
        }
        if options.decodeEntitiesInText {
            let decoded = HTMLEntities.decode(current, requireSemicolon: true, unescapeDoubleEscaped: true)
            if decoded.changed { current = decoded.text }
        }
        current = TextNormalizer.normalize(current, options: .init(form: options.normalization,
                                                                   collapseWhitespace: options.collapseWhitespace,
                                                                   foldPunctuation: options.foldPunctuation))
        return DecodedText(text: current, charset: "utf-8", charsetSource: .utf8, mojibakeRepaired: repaired)
    }

    /// Converts decoded HTML to text with blocks. Mojibake repair and character normalization run
    /// on the markup first (tags are ASCII), so block offsets refer to the final text.
    func htmlToText(_ html: String) throws(DecodeFailure) -> DecodedText {
        var source = html
        var repaired = false
        if options.repairMojibake, let fixed = MojibakeRepair.repair(source) {
            source = fixed
            repaired = true
        }
        source = TextNormalizer.normalize(source, options: .init(form: options.normalization, collapseWhitespace: false,
                                                                 foldPunctuation: options.foldPunctuation))
        if let prepared = HTMLSourcePreparation.prepare(source) { source = prepared }
        let extracted = try HTMLTextExtractor.extract(source, nbspIsSpace: options.collapseWhitespace)
        var title = extracted.title
        if let t = title, options.foldPunctuation || options.normalization != .none {
            title = TextNormalizer.normalize(t, options: .init(form: options.normalization, collapseWhitespace: true,
                                                               foldPunctuation: options.foldPunctuation))
        }
        return DecodedText(text: extracted.text, charset: "utf-8", charsetSource: .utf8, mojibakeRepaired: repaired,
                           isHTML: true, title: title, language: extracted.language, blocks: extracted.blocks)
    }
}
