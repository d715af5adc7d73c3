/// Byte-level features of a block's `>`-separated tag path (`html>body>div>article>p`).
///
/// Element names are hashed cumulatively, so two paths share their first `k` elements exactly
/// when their `k`-th prefix hashes agree; that gives the depth of the common ancestor path of two
/// blocks without comparing strings.
struct TagPathFeatures {
    /// Number of elements in the path (a leading `…` of a truncated path is not counted).
    var count = 0
    /// The path passes through a chrome element (`nav`, `footer`, `aside`, `form`, `figcaption`…).
    var negativeTag = false
    /// The path passes through `<header>` outside `<article>`/`<main>` (a site header).
    var siteHeader = false
    /// The path passes through `<article>` or `<main>`.
    var inArticle = false
    /// The path passes through `<li>`.
    var inListItem = false
    /// Hash of the last two element names (`div>p`), independent of the depth.
    var tail: UInt64 = 0

    static let negativeTags = Set(HTMLHints.negativeTags.map(HTMLHints.hash))
    static let header = HTMLHints.hash("header")
    static let article = HTMLHints.hash("article")
    static let main = HTMLHints.hash("main")
    static let li = HTMLHints.hash("li")

    /// Parses `path`, appending one cumulative prefix hash per element to `prefixes`.
    static func parse(_ path: UnsafeBufferPointer<UInt8>, into prefixes: inout [UInt64]) -> TagPathFeatures {
        var f = TagPathFeatures()
        var cumulative = HTMLHints.fnvBasis
        var element = HTMLHints.fnvBasis
        var length = 0
        var previous: UInt64 = 0
        var i = 0
        let n = path.count
        while i <= n {
            let b: UInt8 = i < n ? path[i] : 0x3E
            if b == 0x3E {
                if length > 0 && !(length == 3 && i == 3 && path[0] == 0xE2) {  // skip a leading "…"
                    f.count += 1
                    prefixes.append(cumulative)
                    if negativeTags.contains(element) { f.negativeTag = true }
                    if element == article || element == main { f.inArticle = true }
                    if element == header && !f.inArticle { f.siteHeader = true }
                    if element == li { f.inListItem = true }
                    f.tail = HTMLHints.fnvStep(previous &* 31, 0x3E) ^ element
                    previous = element
                }
                cumulative = HTMLHints.fnvStep(cumulative, 0x3E)
                element = HTMLHints.fnvBasis
                length = 0
            } else {
                cumulative = HTMLHints.fnvStep(cumulative, b)
                element = HTMLHints.fnvStep(element, HTMLHints.lower(b))
                length += 1
            }
            i += 1
        }
        return f
    }
}
