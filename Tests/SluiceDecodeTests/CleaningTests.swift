import Foundation
import Testing
@testable import SluiceDecode

struct CleaningTests {
    @Test func entitiesFollowTheHTMLStandard() {
        #expect(HTMLEntities.decode("&amp; &lt;&gt; &eacute; &#233; &#xE9; &#128; &#0; &#xD800; &#x110000;") == "& <> é é é € \u{FFFD} \u{FFFD} \u{FFFD}")
        #expect(HTMLEntities.decode("&notit; AT&T &copy2019 &amp;lt; &unknown;") == "¬it; AT&T ©2019 &lt; &unknown;")
    }

    @Test func plainTextEntitiesAreConservative() {
        let decoder = TextDecoder(options: DecodeOptions(normalization: .none))
        #expect(decoder.clean(text: "AT&T &copy2019 caf&eacute;").text == "AT&T &copy2019 café")
        #expect(decoder.clean(text: "a&amp;nbsp;b &amp;amp; c").text == "a\u{A0}b & c")
    }

    @Test func mojibakeIsRepairedOnlyWithEvidence() {
        let decoder = TextDecoder()
        let fixed = decoder.clean(text: "Le Schtroumpf conseille des gÃ¢teaux, cafÃ© et donâ€™t")
        #expect(fixed.text == "Le Schtroumpf conseille des gâteaux, café et don’t")
        #expect(fixed.mojibakeRepaired)
        for clean in ["Café crème, naïve façade — “quoted” ½ × 3", "ВІКІ is Ukrainian for WIKI", "4288×…", "Ελληνικά και Русский 中文",
                      "Offering 5×£35 pin ups", "NICIODATĂ\u{A0}", "RETWEET SE VOCÊ…"] {
            let r = decoder.clean(text: clean)
            #expect(r.text == clean)
            #expect(!r.mojibakeRepaired)
        }
    }

    @Test func normalization() {
        let nfc = TextDecoder().clean(text: "Cafe\u{301}\r\nline\rnext\u{200B}\u{7}\u{FEFF}end\tx")
        #expect(nfc.text == "Café\nline\nnextend\tx")
        let nfkc = TextDecoder(options: DecodeOptions(normalization: .nfkc)).clean(text: "ﬁle ２０")
        #expect(nfkc.text == "file 20")
        let none = TextDecoder(options: DecodeOptions(normalization: .none)).clean(text: "Cafe\u{301}")
        #expect(none.text == "Cafe\u{301}")
    }

    @Test func whitespaceAndPunctuationFolding() {
        let d = TextDecoder(options: DecodeOptions(collapseWhitespace: true, foldPunctuation: true))
        #expect(d.clean(text: "  “Hello”  —\u{A0}it’s \t fine \n\n\n\nnext  ").text == "\"Hello\" - it's fine\n\nnext")
        let keep = TextDecoder()
        #expect(keep.clean(text: "“a”  b").text == "“a”  b")
    }

    @Test func quickNFCCheckMatchesFoundation() {
        for s in ["plain ascii", "déjà vu", "Привет", "日本語のテキスト", "한국어", "e\u{301}", "\u{212B}", "Ω"] {
            if TextNormalizer.isQuickNFC(s) {
                #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars), "\(s)")
            }
        }
        #expect(!TextNormalizer.isQuickNFC("e\u{301}"))
    }
}
