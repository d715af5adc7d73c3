/// What to do with byte sequences that are invalid in the detected or requested charset.
public enum InvalidSequencePolicy: String, Sendable, Equatable, CaseIterable {
    /// Replace each invalid sequence with U+FFFD and count it in ``DecodedText/invalidSequences``.
    case replace
    /// Reject the whole document with ``DecodeFailure/droppedInvalid(count:)``.
    case drop
    /// Fail with ``DecodeFailure/invalidBytes(count:offset:)``, naming the first bad offset.
    case fail
}

/// Whether the input is treated as HTML.
public enum HTMLMode: String, Sendable, Equatable, CaseIterable {
    /// Sniff the first bytes (doctype, `<html>`, `<head>`, `<body>`, common block tags).
    case auto
    /// Always run the HTML-to-text conversion.
    case always
    /// Never run it; the input is plain text.
    case never
}

/// The Unicode normalization form applied to the output text.
public enum NormalizationForm: String, Sendable, Equatable, CaseIterable {
    /// Canonical composition (the default).
    case nfc
    /// Compatibility composition (folds ligatures, full-width forms, superscripts...).
    case nfkc
    /// Leave the text as decoded.
    case none
}

/// Options for ``TextDecoder``.
public struct DecodeOptions: Sendable, Equatable {
    /// Charset to use instead of BOM, declaration and detection (any label iconv or WHATWG knows).
    public var encoding: String?
    /// What to do with invalid byte sequences.
    public var onInvalid: InvalidSequencePolicy
    /// Whether the input is HTML.
    public var html: HTMLMode
    /// Repair text that was UTF-8 read in a legacy charset, when the evidence is strong.
    public var repairMojibake: Bool
    /// Unicode normalization form.
    public var normalization: NormalizationForm
    /// Collapse runs of spaces and tabs to one space and runs of 3+ newlines to a blank line.
    public var collapseWhitespace: Bool
    /// Fold curly quotes to straight ones and en/em dashes to `-`.
    public var foldPunctuation: Bool
    /// Decode HTML character references in plain text (only `;`-terminated ones, plus `&amp;x;` double escapes).
    public var decodeEntitiesInText: Bool
    /// Inputs larger than this many bytes fail with ``DecodeFailure/tooLarge(bytes:limit:)``.
    public var maxBytes: Int
    /// Reject inputs that look binary (magic numbers, NUL bytes, many control bytes).
    public var rejectBinary: Bool

    /// Creates options; every parameter has the documented default.
    public init(
        encoding: String? = nil,
        onInvalid: InvalidSequencePolicy = .replace,
        html: HTMLMode = .auto,
        repairMojibake: Bool = true,
        normalization: NormalizationForm = .nfc,
        collapseWhitespace: Bool = false,
        foldPunctuation: Bool = false,
        decodeEntitiesInText: Bool = true,
        maxBytes: Int = 256 << 20,
        rejectBinary: Bool = true
    ) {
        self.encoding = encoding
        self.onInvalid = onInvalid
        self.html = html
        self.repairMojibake = repairMojibake
        self.normalization = normalization
        self.collapseWhitespace = collapseWhitespace
        self.foldPunctuation = foldPunctuation
        self.decodeEntitiesInText = decodeEntitiesInText
        self.maxBytes = maxBytes
        self.rejectBinary = rejectBinary
    }
}

/// A caller's hint about the kind of content.
public enum ContentHint: String, Sendable, Equatable {
    /// Plain text.
    case text
    /// HTML markup.
    case html
}
