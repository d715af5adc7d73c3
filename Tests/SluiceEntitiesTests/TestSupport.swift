import Foundation
@testable import SluiceEntities

/// Helpers shared by the entity tests.
enum TestSupport {
    /// `/work/shared/seeds`-style directory next to the repository root.
    static var seedsDirectory: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/seeds").standardizedFileURL
    }

    /// All seed texts, in file-name order.
    static func seeds() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { try String(contentsOf: seedsDirectory.appendingPathComponent($0), encoding: .utf8) }
    }

    /// (text, label, canonical) triples for the mentions in `text`.
    static func triples(_ tagger: EntityTagger, _ text: String) -> [(String, EntityLabel, String?)] {
        tagger.tag(text).map { ($0.text(in: text), $0.label, $0.canonical) }
    }

    /// Token texts of `text`.
    static func tokens(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { buf in
            Tokenizer.tokenize(buf).map { String(decoding: UnsafeBufferPointer(rebasing: buf[Int($0.start)..<Int($0.end)]), as: UTF8.self) }
        }
    }
}
