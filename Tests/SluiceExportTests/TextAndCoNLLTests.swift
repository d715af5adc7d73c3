import Foundation
import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct TextAndCoNLLTests {
    let docs = [
        Document(id: "a", text: "First line\nsecond line\n\n", annotations: [Annotation(kind: .sentence, start: 0, end: 10),
                                                                       Annotation(kind: .sentence, start: 11, end: 22)]),
        Document(id: "b/c", text: "  Other text  "),
    ]

    @Test func lineAndParagraphLayouts() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "l.txt", "format": "text"], docs, dir: dir)
        try TestSupport.export(["path": "p.txt", "format": "text", "layout": "paragraphs"], docs, dir: dir)
        try TestSupport.export(["path": "s.txt", "format": "text", "layout": "paragraphs", "unit": "sentence"], docs, dir: dir)
        #expect(try TestSupport.readText(dir + "/l.txt") == "First line second line\nOther text\n")
        #expect(try TestSupport.readText(dir + "/p.txt") == "First line\nsecond line\n\nOther text\n\n")
        #expect(try TestSupport.readText(dir + "/s.txt") == "First line\nsecond line\n\n")
    }

    @Test func oneFilePerDocument() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.export(["path": "texts/{id}.txt", "format": "text", "layout": "files"], docs, dir: dir)
        #expect(try TestSupport.files(dir + "/texts") == ["a.txt", "b_c.txt"])
        #expect(try TestSupport.readText(dir + "/texts/a.txt") == docs[0].text)
        try TestSupport.export(["path": "n/{n}.txt.gz", "format": "text", "layout": "files"], docs, dir: dir)
        #expect(try TestSupport.files(dir + "/n") == ["00000001.txt.gz", "00000002.txt.gz"])
        #expect(try TestSupport.gunzip(TestSupport.read(dir + "/n/00000002.txt.gz")) == Array(docs[1].text.utf8))
    }

    @Test func conllTagsAlignWithEntities() throws {
        let dir = try TestSupport.temporaryDirectory()
        let text = "Dr. José Núñez-García visited New York's museum."
        func span(_ s: String, _ label: String) -> Annotation {
            let lo = text.utf8.count - text[text.range(of: s)!.lowerBound...].utf8.count
            return Annotation(kind: .entity, start: lo, end: lo + s.utf8.count, label: label)
        }
        let doc = Document(id: "x", text: text, annotations: [span("José Núñez-García", "PERSON"), span("New York", "LOC")])
        try TestSupport.export(["path": "t.conll", "format": "conll"], [doc], dir: dir)
        try TestSupport.export(["path": "b.conll", "format": "conll", "scheme": "bioes", "docstart": true], [doc], dir: dir)
        #expect(try TestSupport.readText(dir + "/t.conll") == """
            Dr\tO
            .\tO
            José\tB-PERSON
            Núñez-García\tI-PERSON
            visited\tO
            New\tB-LOC
            York\tI-LOC
            '\tO
            s\tO
            museum\tO
            .\tO


            """)
        let bioes = try TestSupport.readText(dir + "/b.conll")
        #expect(bioes.hasPrefix("-DOCSTART-\tO\n\nDr\tO\n.\tO\nJosé\tB-PERSON\nNúñez-García\tE-PERSON\n"))
        #expect(bioes.contains("New\tB-LOC\nYork\tE-LOC\n"))
    }

    @Test func tokenizerKeepsWordsWhole() {
        var t = "don't stop: 3.5 km, state-of-the-art."
        let tokens = t.withUTF8 { b in ExportTokenizer.tokens(b, in: 0..<b.count, cuts: []).map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) } }
        #expect(tokens == ["don't", "stop", ":", "3.5", "km", ",", "state-of-the-art", "."])
    }
}
