/// Guesses whether decoded text is HTML markup.
enum HTMLSniffer {
    private static let leadingTags: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                                                 "<div", "<p>", "<p ", "<table", "<article", "<section", "<!--",
                                                 "<link", "<script", "<style", "<span", "<a ", "<h1", "<h2", "<ul",
                                                 "<?xml"].map { Array($0.utf8) }
    private static let anywhereTags: [[UInt8]] = ["<html", "<!doctype html", "<body", "</p>", "</div>", "<br>",
                                                  "<br/>", "<br />"].map { Array($0.utf8) }

    /// Whether `text` looks like HTML.
    static func looksLikeHTML(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { p -> Bool in
            let n = min(p.count, 4096)
            var i = 0
            while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
            if i < n, p[i] == 0x3C {
                for tag in leadingTags where matches(p, at: i, tag) { return true }
            }
            var j = 0
            while j < n {
                if p[j] == 0x3C {
                    for tag in anywhereTags where matches(p, at: j, tag) { return true }
                }
                j += 1
            }
            return false
        }
    }

    private static func matches(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ tag: [UInt8]) -> Bool {
        guard i + tag.count <= p.count else { return false }
        for k in 0..<tag.count {
            var b = p[i + k]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != tag[k] { return false }
        }
        return true
    }
}
