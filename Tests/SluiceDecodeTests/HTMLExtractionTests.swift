import Foundation
import Testing
@testable import SluiceDecode

struct HTMLExtractionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func decodeFixture(_ name: String, options: DecodeOptions = DecodeOptions()) throws -> DecodedText {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        return try TextDecoder(options: options).decode(bytes: bytes)
    }

    @Test func messyPageKeepsVisibleTextInReadingOrder() throws {
        let result = try decodeFixture("messy-page.html")
        #expect(result.isHTML)
        #expect(result.title == "Un titre & plus")
        #expect(result.language == "fr")
        let text = result.text
        for hidden in ["color: red", "not text", "document.write", "comment", "Activez", "gabarit", "dessin", "hidden cdata", "<", ">"] {
            #expect(!text.contains(hidden), "leaked: \(hidden)")
        }
        let ordered = ["Accueil", "Le grand titre", "Premier paragraphe", "été et\u{A0}espace — tiret",
                       "Deuxième paragraphe non fermé\navec un saut", "Cellule A", "Cellule B", "Imbriquée", "Fin du texte mal imbriqué"]
        var cursor = text.startIndex
        for piece in ordered {
            let found = text.range(of: piece, range: cursor..<text.endIndex)
            #expect(found != nil, "missing or out of order: \(piece)")
            if let found { cursor = found.upperBound }
        }
    }

    @Test func blocksCarryStructure() throws {
        let result = try decodeFixture("messy-page.html")
        let utf8 = Array(result.text.utf8)
        func blockText(_ b: HTMLBlock) -> String { String(decoding: utf8[b.start..<b.end], as: UTF8.self) }
        let heading = try #require(result.blocks.first { blockText($0) == "Le grand titre" })
        #expect(heading.tag == "h1")
        #expect(heading.headingLevel == 1)
        #expect(heading.tagPath.hasSuffix("body>article>h1"))
        #expect(heading.classAndID.contains("story"))
        let nav = try #require(result.blocks.first { blockText($0).hasPrefix("Accueil") })
        #expect(nav.linkTextShare > 0.8)
        #expect(nav.classAndID.split(separator: " ").contains("nav"))
        #expect(nav.classAndID.split(separator: " ").contains("top"))
        let para = try #require(result.blocks.first { blockText($0).hasPrefix("Premier") })
        #expect(para.tag == "p")
        #expect(para.headingLevel == 0)
        #expect(para.linkTextShare == 0)
        for (a, b) in zip(result.blocks, result.blocks.dropFirst()) {
            #expect(a.end <= b.start)
        }
        #expect(result.blocks.allSatisfy { $0.start < $0.end && $0.end <= utf8.count })
    }

    @Test func deepNestingDoesNotOverflow() throws {
        let depth = 100_000
        var html = "<html><body>"
        html += String(repeating: "<div>", count: depth)
        html += "deep text"
        html += String(repeating: "</div>", count: depth)
        html += "</body></html>"
        let result = try TextDecoder().decode(bytes: Array(html.utf8), hint: .html)
        #expect(result.text == "deep text")
        let block = try #require(result.blocks.first)
        #expect(block.depth > 1000)
        #expect(block.tagPath.hasPrefix("…>"))
    }

    @Test func unclosedAndMalformedTags() throws {
        let html = "<p>one <b>two <p>three</i> four<li>five<li>six</ul><div>seven &lt;tag&gt; &copy 2024"
        let result = try TextDecoder().decode(bytes: Array(html.utf8), hint: .html)
        #expect(result.text == "one two\n\nthree four\n\nfive\n\nsix\n\nseven <tag> © 2024")
    }

    @Test func preservesPreformattedWhitespace() throws {
        let html = "<body><p>a   b</p><pre>x  y\n  z</pre></body>"
        let result = try TextDecoder().decode(bytes: Array(html.utf8), hint: .html)
        #expect(result.text == "a b\n\nx  y\n  z")
    }

    @Test func legacyCharsetDeclaredInMeta() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] // "Привет" in windows-1251
        bytes += Array("</p></body></html>".utf8)
        let result = try TextDecoder().decode(bytes: bytes)
        #expect(result.charset == "windows-1251")
        #expect(result.charsetSource == .declared)
        #expect(result.text == "Привет")
    }
}
