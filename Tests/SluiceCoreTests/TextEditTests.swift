import Testing
@testable import SluiceCore

struct TextEditTests {
    @Test func deletingRangesShiftsAndClipsAnnotations() {
        var doc = Document(id: "d", text: "Menu\nHello world.\nAd\nBye now.")
        // "Hello world." = 5..<17, "Bye now." = 21..<29
        doc.annotations = [
            Annotation(kind: .sentence, start: 5, end: 17),
            Annotation(kind: .sentence, start: 21, end: 29),
            Annotation(kind: .block, start: 0, end: 4),
        ]
        let removed = doc.deleteRanges([18..<21, 0..<5])
        #expect(removed == 8)
        #expect(doc.text == "Hello world.\nBye now.")
        let sentences = doc.annotations(.sentence).map { doc.text.utf8Slice($0.start, $0.end) }
        #expect(sentences == ["Hello world.", "Bye now."])
        #expect(doc.annotations(.block).isEmpty)
    }

    @Test func mergeSortsAndCoalesces() {
        #expect(TextRanges.merge([5..<8, 0..<2, 1..<3, 8..<9, 20..<30], limit: 25) == [0..<3, 5..<9, 20..<25])
    }
}

extension String {
    func utf8Slice(_ a: Int, _ b: Int) -> String {
        String(decoding: Array(utf8)[a..<b], as: UTF8.self)
    }
}

struct BlankLineTests {
    @Test func collapsesBlankRunsAndTrims() {
        var doc = Document(id: "d", text: "\n\n  \nTitle\n\n\n\nBody one.\n \n\nBody two.\n\n\n")
        doc.annotations = [Annotation(kind: .sentence, start: 14, end: 23)]  // "Body one."
        doc.collapseBlankLines()
        #expect(doc.text == "Title\n\nBody one.\n\nBody two.")
        #expect(doc.annotations.map { doc.text.utf8Slice($0.start, $0.end) } == ["Body one."])
    }
}
