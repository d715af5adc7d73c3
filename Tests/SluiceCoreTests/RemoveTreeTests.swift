import Foundation
import Testing
@testable import SluiceCore

/// `FileIO.removeTree` deletes what is inside the tree and nothing outside it.
struct RemoveTreeTests {
    @Test func removesNestedFoldersAndFiles() throws {
        let root = NSTemporaryDirectory() + "sluice-removetree-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try "x".write(toFile: root + "/a/b/file.txt", atomically: true, encoding: .utf8)
        try "y".write(toFile: root + "/top.txt", atomically: true, encoding: .utf8)
        FileIO.removeTree(root)
        #expect(FileIO.kind(of: root) == .missing)
        FileIO.removeTree(root)  // a missing path is not an error
    }

    /// A symbolic link inside the tree is removed as a link: the folder and file it points to are left alone.
    @Test func symbolicLinksAreRemovedNotFollowed() throws {
        let base = NSTemporaryDirectory() + "sluice-removetree-\(UUID().uuidString.prefix(8))"
        let outside = base + "/outside", tree = base + "/tree"
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        try "keep".write(toFile: outside + "/keep.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: tree + "/folder-link", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: tree + "/file-link", withDestinationPath: outside + "/keep.txt")
        FileIO.removeTree(tree)
        #expect(FileIO.kind(of: tree) == .missing)
        #expect(try String(contentsOfFile: outside + "/keep.txt", encoding: .utf8) == "keep")
    }
}
