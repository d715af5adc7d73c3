import Foundation

/// The five real seed articles from `/work/shared/seeds`, located from this file's path.
func seedTexts() throws -> [String] {
    let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = repo.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
}

/// Deterministic word edits: every `every`-th word replaced, deleted or duplicated in turn.
func edit(_ text: String, every: Int) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var i = every / 2
    var op = 0
    while i < words.count {
        switch op % 3 {
        case 0: words[i] = "zqx\(i)"
        case 1: words.remove(at: i)
        default: words.insert("extra\(i)", at: i)
        }
        op += 1
        i += every
    }
    return words.joined(separator: " ")
}

/// Exact Jaccard of word n-gram sets after lowercasing and stripping punctuation (reference model).
func referenceJaccard(_ a: String, _ b: String, n: Int) -> Double {
    func grams(_ t: String) -> Set<String> {
        let chars: [Character] = t.lowercased().map { (c: Character) -> Character in c.isLetter || c.isNumber ? c : " " }
        let words: [String] = String(chars).split(separator: " ").map(String.init)
        if words.count < n { return [words.joined(separator: " ")] }
        return Set((0...(words.count - n)).map { words[$0..<($0 + n)].joined(separator: " ") })
    }
    let x = grams(a), y = grams(b)
    return Double(x.intersection(y).count) / Double(x.union(y).count)
}
