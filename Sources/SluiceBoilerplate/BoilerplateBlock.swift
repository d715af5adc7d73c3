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
    /// Class and id tokens of the element and its ancestors, lower case.
    public var classAndID: [String]
    /// Share of the block's text that sits inside links (0…1).
    public var linkTextShare: Double
    /// Heading level 1…6 for `h1`…`h6`, else 0.
    public var headingLevel: Int
    /// Element depth in the DOM.
    public var depth: Int

    /// Creates a block description.
    public init(start: Int, end: Int, tag: String, tagPath: String, classAndID: [String] = [],
                linkTextShare: Double = 0, headingLevel: Int = 0, depth: Int = 0) {
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
