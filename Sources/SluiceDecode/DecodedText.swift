/// How the charset of a decoded document was chosen.
public enum CharsetSource: String, Sendable, Equatable {
    /// A byte order mark.
    case bom
    /// A declaration (`<meta charset>`, `http-equiv`, or a metadata field passed as `declaredCharset`).
    case declared
    /// Statistical detection over the bytes.
    case detected
    /// ``DecodeOptions/encoding``.
    case override
    /// The bytes were valid UTF-8 (or pure ASCII) with no other information.
    case utf8
}

/// One block of text extracted from HTML, for boilerplate removal.
public struct HTMLBlock: Sendable, Equatable {
    /// UTF-8 offset of the block's first byte in ``DecodedText/text``.
    public var start: Int
    /// UTF-8 offset one past the block's last byte (exclusive).
    public var end: Int
    /// Lower-case name of the innermost block element that holds the text (e.g. `p`, `td`, `li`).
    public var tag: String
    /// Element names from the root to ``tag``, joined by `>`; deep paths keep the last 24 names after `…>`.
    public var tagPath: String
    /// Class and id tokens of the element and its ancestors (nearest last), space-separated; capped at 64 tokens.
    public var classAndID: String
    /// Share of the block's characters that sit inside `<a>` elements (0...1).
    public var linkTextShare: Double
    /// 1...6 when the block is inside `<h1>`...`<h6>`, otherwise 0.
    public var headingLevel: Int
    /// Element depth of ``tag`` (the root element has depth 1).
    public var depth: Int

    /// Creates a block.
    public init(start: Int, end: Int, tag: String, tagPath: String, classAndID: String,
                linkTextShare: Double, headingLevel: Int, depth: Int) {
        self.start = start
        self.end = end
        self.tag = tag
        self.tagPath = tagPath
        self.classAndID = classAndID
        self.linkTextShare = linkTextShare
        self.headingLevel = headingLevel
        self.depth = depth
    }
}

/// The result of decoding one document.
public struct DecodedText: Sendable {
    /// The decoded, cleaned text.
    public var text: String
    /// Canonical name of the charset used (`utf-8`, `windows-1252`, `shift_jis`...).
    public var charset: String
    /// How ``charset`` was chosen.
    public var charsetSource: CharsetSource
    /// Number of invalid byte sequences replaced with U+FFFD.
    public var invalidSequences: Int
    /// Whether mojibake repair changed the text.
    public var mojibakeRepaired: Bool
    /// Whether the input was converted from HTML.
    public var isHTML: Bool
    /// The HTML `<title>`, whitespace-normalized.
    public var title: String?
    /// The `<html lang>` attribute.
    public var language: String?
    /// Text blocks (HTML only); offsets are UTF-8 offsets into ``text``.
    public var blocks: [HTMLBlock]

    /// Creates a result.
    public init(text: String, charset: String, charsetSource: CharsetSource, invalidSequences: Int = 0,
                mojibakeRepaired: Bool = false, isHTML: Bool = false, title: String? = nil,
                language: String? = nil, blocks: [HTMLBlock] = []) {
        self.text = text
        self.charset = charset
        self.charsetSource = charsetSource
        self.invalidSequences = invalidSequences
        self.mojibakeRepaired = mojibakeRepaired
        self.isHTML = isHTML
        self.title = title
        self.language = language
        self.blocks = blocks
    }
}
