import Testing
@testable import SluiceDecode

/// Character references that libxml2 2.9's HTML 4 table reads differently from the HTML standard.
struct HTMLReferenceTests {
    func text(_ html: String) throws -> String {
        try TextDecoder().decode(bytes: Array("<html><body><p>\(html)</p></body></html>".utf8), hint: .html).text
    }

    @Test(arguments: [
        ("x &Afr; y", "x 𝔄 y"),            // HTML5-only name
        ("&LT;b&GT;", "<b>"),               // HTML5 upper-case forms stay text, not markup
        ("&#128; &#x92;", "€ ’"),           // C1 numeric references remapped as windows-1252
        ("&lang;x&rang;", "⟨x⟩"),           // HTML 4 mapped these to other brackets
        ("&#; &#x;", "&#; &#x;"),           // no digits: not a reference
        ("&copy 2024 AT&T", "© 2024 AT&T"), // legacy name without ';'
        ("&amp;nbsp;", "&nbsp;"),
    ])
    func referencesDecodeAsTheStandardSays(_ input: String, _ expected: String) throws {
        #expect(try text(input) == expected)
    }
}
