import Foundation
@testable import SluiceBoilerplate

/// Reads the seed articles in `/work/shared/seeds` (path computed from this file's location).
enum SeedFixtures {
    static var seedsDirectory: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // SluiceBoilerplateTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
            .deletingLastPathComponent()  // parent of the repo
            .appendingPathComponent("shared/seeds")
    }

    static func text(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
        guard let name = files.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Lines kept after classification (whitespace-trimmed, empty lines dropped).
    static func keptLines(_ text: String, _ removals: [Removal]) -> [String] {
        BoilerplateClassifier.apply(removals, to: text)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Lines of the original text (trimmed, non-empty).
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
