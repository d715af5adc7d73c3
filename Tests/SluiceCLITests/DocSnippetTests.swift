import Foundation
import Testing

/// Code blocks in the docs marked `<!-- file: PATH -->` are copies of example files: they must match exactly,
/// so the tutorial is the code CI builds. `scripts/sync-doc-snippets.py` refreshes them.
struct DocSnippetTests {
    @Test(arguments: ["docs/writing-stages.md"])
    func includedFilesMatchTheExamples(doc: String) throws {
        let text = try String(contentsOfFile: repositoryRoot + "/" + doc, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)```\\n", options: [.dotMatchesLineSeparators])
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(matches.count >= 6, "expected the tutorial to include the example files")
        for m in matches {
            let path = String(text[Range(m.range(at: 1), in: text)!])
            let block = String(text[Range(m.range(at: 2), in: text)!])
            let file = try String(contentsOfFile: repositoryRoot + "/" + path, encoding: .utf8)
            #expect(block == file, "\(doc): the copy of \(path) is out of date; run scripts/sync-doc-snippets.py")
        }
    }
}
