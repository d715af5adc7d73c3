/// Class/id hints for HTML mode: which names mark boilerplate containers and which mark the
/// article body.
///
/// A token is split at `-`, `_`, `:` and `.` and compared in ASCII lower case, so
/// `article-body__text` yields `article`, `body`, `text`. A token is *negative* when it or one of
/// its parts names chrome (`share-tools`, `sidebar`), else *positive* when it or a part names the
/// body (`entry-content`); a BEM modifier (after `--`) is ignored. Tokens that only describe a state or a taxonomy (`has-sidebar`,
/// `tag-comments`, `category-news`) decide nothing. Everything works on UTF-8 bytes with hashed
/// word lists; no `String` is created per token.
enum HTMLHints {
    /// Name parts that mark navigation, chrome, widgets and other non-content containers.
    static let negativeWords: [String] = [
        "nav", "navbar", "navigation", "menu", "menubar", "footer", "foot", "sidebar", "side", "aside", "comment", "comments", "disqus", "share", "sharing", "social", "sociallinks", "related",
        "promo", "promotion", "newsletter", "subscribe", "subscription", "signup", "ad", "ads", "adv", "advert",
        "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
        "gdpr", "popup", "modal", "overlay", "login", "signin", "register", "paywall", "tags", "tag", "topics",
        "recommended", "recommendation", "recommendations", "trending", "popular", "mostread", "teaser",
        "teasers", "outbrain", "taboola", "sponsor", "sponsored", "masthead", "toolbar", "skip", "pagination",
        "pager", "rail", "byline", "dateline", "copyright", "disclaimer", "more", "print", "email", "follow",
        "tooltip", "caption", "credit", "credits", "meta", "author", "bio", "newsletters",
        "jump", "toc", "video", "player", "gallery", "carousel", "slider", "ticker",
    ]
    /// Name parts that mark the article body.
    static let positiveWords: [String] = [
        "article", "content", "post", "entry", "story", "body", "main", "text", "articlebody", "storybody",
        "postbody", "blogpost", "prose", "richtext", "paragraph",
    ]
    /// First parts that make a token a state flag or a taxonomy label rather than a container
    /// name (`has-sidebar`, `is-active`, `tag-comments`, `category-video`).
    static let modifierWords: [String] = [
        "has", "is", "no", "not", "with", "without", "show", "tag", "tags", "category", "cat", "topic", "topics",
        "term",
    ]
    /// Tags whose subtree is chrome, not content.
    static let negativeTags: [String] = ["nav", "footer", "aside", "form", "button", "select", "menu", "figcaption"]

    static let negative = Set(negativeWords.map(hash))
    static let positive = Set(positiveWords.map(hash))
    static let modifiers = Set(modifierWords.map(hash))

    /// Evidence of one class/id token.
    enum Evidence: Int8 { case none = 0, negative = -1, positive = 1 }

    /// FNV-1a hash of a word, as ``classify(_:)`` computes it over bytes.
    static func hash(_ s: String) -> UInt64 {
        var h = fnvBasis
        for b in s.utf8 { h = fnvStep(h, lower(b)) }
        return h
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func fnvStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) static func isSeparator(_ b: UInt8) -> Bool { b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E }

    /// Classifies the token `bytes[range]`.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Evidence {
        var whole = fnvBasis
        var part = fnvBasis
        var partLength = 0
        var firstPart = true
        var neg = false, pos = false
        var i = range.lowerBound
        var end = range.upperBound
        // A BEM modifier (`field--label-hidden`, `card--promo`) describes a state of the named
        // block, not what the block is: drop it.
        var k = range.lowerBound
        while k + 1 < end {
            if bytes[k] == 0x2D && bytes[k + 1] == 0x2D && k > range.lowerBound { end = k; break }
            k += 1
        }
        while i <= end {
            let b: UInt8 = i < end ? bytes[i] : 0x2D
            if i < end { whole = fnvStep(whole, lower(b)) }
            if isSeparator(b) {
                if partLength > 0 {
                    if firstPart && i < end && modifiers.contains(part) { return .none }
                    firstPart = false
                    if negative.contains(part) { neg = true } else if positive.contains(part) { pos = true }
                }
                part = fnvBasis
                partLength = 0
            } else {
                part = fnvStep(part, lower(b))
                partLength += 1
            }
            i += 1
        }
        if negative.contains(whole) { return .negative }
        if positive.contains(whole) { return .positive }
        return neg ? .negative : (pos ? .positive : .none)
    }

    /// Hash of the last `count` tokens of a space-separated class/id list (the classes nearest
    /// to the block), used to recognise blocks styled like the article body.
    static func nearestTokensHash(_ list: UnsafeBufferPointer<UInt8>, count: Int) -> UInt64 {
        var h = fnvBasis
        var spaces = 0
        var i = list.count - 1
        while i >= 0 {
            let b = list[i]
            if b == 0x20 {
                spaces += 1
                if spaces >= count { break }
            }
            h = fnvStep(h, b)
            i -= 1
        }
        return h
    }

    /// Hints of a block's space-separated class/id list (farthest ancestor first, the element's
    /// own tokens last): the evidence of the nearest deciding token, its rank (0 = the last token),
    /// and whether any token is positive.
    static func blockHint(_ list: UnsafeBufferPointer<UInt8>) -> (nearest: Evidence, rank: Int, anyPositive: Bool) {
        var nearest = Evidence.none
        var rank = 0
        var anyPositive = false
        var tokens = 0
        var end = list.count
        var i = list.count - 1
        while i >= -1 {
            if i < 0 || list[i] == 0x20 {
                if end > i + 1 {
                    let e = classify(list, (i + 1)..<end)
                    if e != .none && nearest == .none { nearest = e; rank = tokens }
                    if e == .positive { anyPositive = true }
                    tokens += 1
                }
                end = i
            }
            i -= 1
        }
        return (nearest, rank, anyPositive)
    }
}
