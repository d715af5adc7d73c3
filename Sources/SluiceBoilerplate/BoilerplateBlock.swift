/// One text block of an HTML document, as produced by the HTML decoder, in the classifier's own
/// terms (so this module does not depend on the decoder).
public struct BoilerplateBlock: Sendable, Equatable {
    /// First byte of the block's text in the extracted text (UTF-8 offset).
    public var start: Int
    /// Byte after the block's text.
    public var end: Int
    /// Lower-case tag name of the block element (`p`, `li`, `h2`, `td`, `div`…).
    public var tag: String
    /// Path of tag names from the root, `>`-separated (`html>body>div>article>p`).
    public var tagPath: String
    /// Class and id tokens of the element and its ancestors, space-separated, farthest ancestor
    /// first and the element's own tokens last (the decoder's `classAndID` format). The
    /// classifier reads this string's bytes directly.
    public var classAndIDText: String
    /// Share of the block's text that sits inside links (0…1).
    public var linkTextShare: Double
    /// Heading level 1…6 for `h1`…`h6`, else 0.
    public var headingLevel: Int
    /// Element depth in the DOM.
    public var depth: Int

    /// The class and id tokens as a list (farthest ancestor first); derived from ``classAndIDText``.
    public var classAndID: [String] {
        get { classAndIDText.split(separator: " ").map(String.init) }
        set { classAndIDText = newValue.joined(separator: " ") }
    }

    /// Creates a block description from a token list.
    public init(start: Int, end: Int, tag: String, tagPath: String, classAndID: [String] = [],
                linkTextShare: Double = 0, headingLevel: Int = 0, depth: Int = 0) {
        self.init(start: start, end: end, tag: tag, tagPath: tagPath, classAndIDText: classAndID.joined(separator: " "),
                  linkTextShare: linkTextShare, headingLevel: headingLevel, depth: depth)
    }

    /// Creates a block description from the decoder's space-separated token string (no splitting,
    /// the cheap way to convert decoder blocks).
    public init(start: Int, end: Int, tag: String, tagPath: String, classAndIDText: String,
                linkTextShare: Double = 0, headingLevel: Int = 0, depth: Int = 0) {
        self.start = start
        self.end = end
        self.tag = tag
        self.tagPath = tagPath
        self.classAndIDText = classAndIDText
        self.linkTextShare = linkTextShare
        self.headingLevel = headingLevel
        self.depth = depth
    }
}
