/// Class/id and tag hints for HTML mode: which names mark boilerplate containers and which mark
/// the article body. Tokens are split at `-`, `_` and case changes are ignored, so
/// `article-body__text` yields `article`, `body`, `text`.
enum HTMLHints {
    /// Name parts that mark navigation, chrome, widgets and other non-content containers.
    static let negative: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "footer", "foot", "sidebar", "side", "aside", "widget",
        "widgets", "comment", "comments", "disqus", "share", "sharing", "social", "sociallinks", "related",
        "promo", "promotion", "newsletter", "subscribe", "subscription", "signup", "ad", "ads", "adv", "advert",
        "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
        "gdpr", "popup", "modal", "overlay", "login", "signin", "register", "paywall", "tags", "tag", "topics",
        "recommended", "recommendation", "recommendations", "trending", "popular", "mostread", "teaser",
        "teasers", "outbrain", "taboola", "sponsor", "sponsored", "masthead", "toolbar", "skip", "pagination",
        "pager", "rail", "byline", "dateline", "copyright", "disclaimer", "more", "print", "email", "follow",
        "hidden", "hide", "tooltip", "caption", "credit", "credits", "meta", "author", "bio", "newsletters",
        "jump", "toc", "video", "player", "gallery", "carousel", "slider", "ticker",
    ]
    /// Name parts that mark the article body.
    static let positive: Set<String> = [
        "article", "content", "post", "entry", "story", "body", "main", "text", "articlebody", "storybody",
        "postbody", "blogpost", "prose", "richtext", "paragraph",
    ]
    /// Tags whose subtree is chrome, not content.
    static let negativeTags: Set<String> = ["nav", "footer", "aside", "form", "button", "select", "menu", "figcaption"]

    /// Splits a class/id token into lower-case parts.
    static func parts(_ token: String) -> [Substring] {
        token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." || $0 == " " })
    }

    /// Negative and positive evidence from the class/id tokens (element and ancestors).
    static func score(_ tokens: [String]) -> (negative: Int, positive: Int) {
        var neg = 0, pos = 0
        for t in tokens {
            let lower = t.lowercased()
            if positive.contains(lower) { pos += 1 }
            if negative.contains(lower) { neg += 1; continue }
            var n = false, p = false
            for part in parts(lower) {
                let s = String(part)
                if negative.contains(s) { n = true }
                if positive.contains(s) { p = true }
            }
            if n { neg += 1 } else if p { pos += 1 }
        }
        return (neg, pos)
    }

    /// Whether a `>`-separated tag path passes through a chrome element.
    static func pathHasNegativeTag(_ path: String) -> Bool {
        for part in path.split(separator: ">") where negativeTags.contains(String(part)) { return true }
        return false
    }

    /// Whether the path passes through `<header>` outside an `<article>` (site header).
    static func pathHasSiteHeader(_ path: String) -> Bool {
        var inArticle = false
        for part in path.split(separator: ">") {
            if part == "article" || part == "main" { inArticle = true }
            if part == "header" && !inArticle { return true }
        }
        return false
    }
}
