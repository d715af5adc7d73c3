/// How the HTML-to-text conversion treats an element.
enum HTMLElementKind: Sendable {
    /// Not rendered: the element and its content are dropped.
    case skip
    /// Starts and ends a text block (paragraph break).
    case block
    /// A line break.
    case lineBreak
    /// The document title (collected, not emitted into the text).
    case title
    /// `<head>`: walked for `<title>`, its text is not emitted.
    case head
    /// Preformatted block: whitespace kept.
    case pre
    /// Anything else: inline.
    case inline

    /// Classification by lower-case tag name.
    static func of(_ name: String) -> HTMLElementKind {
        table[name] ?? .inline
    }

    private static let table: [String: HTMLElementKind] = {
        var t: [String: HTMLElementKind] = [:]
        for n in ["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                  "canvas", "audio", "video", "select", "option", "textarea", "input", "button", "map", "frameset",
                  "frame", "applet", "link", "meta", "base", "param", "source", "track", "datalist", "picture"] {
            t[n] = .skip
        }
        for n in ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
                  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                  "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "section",
                  "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend",
                  "noframes", "listing", "xmp", "plaintext"] {
            t[n] = .block
        }
        t["pre"] = .pre
        t["head"] = .head
        t["br"] = .lineBreak
        t["title"] = .title
        return t
    }()
}
