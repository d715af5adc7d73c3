import Foundation
import Testing
import SluiceCore

/// The ABI fingerprint's core digest must match the core's plugin-facing sources, so that a change to them
/// cannot ship without changing what plugins are checked against.
struct PluginABITests {
    /// FNV-1a (64-bit) over each file's path relative to Sources/SluiceCore and its bytes, in path order.
    static func digest() throws -> String {
        let core = repositoryRoot + "/Sources/SluiceCore/"
        var files: [String] = ["Plugin/PluginRegistration.swift"]
        for folder in ["Model", "Stage"] {
            files += try FileManager.default.contentsOfDirectory(atPath: core + folder).filter { $0.hasSuffix(".swift") && !$0.hasPrefix("StageConformance") }.map { "\(folder)/\($0)" }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files.sorted() {
            for byte in Array(file.utf8) + [0] + Array(try Data(contentsOf: URL(fileURLWithPath: core + file))) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }

    @Test func coreDigestMatchesThePluginFacingSources() throws {
        let current = try Self.digest()
        #expect(PluginABI.coreDigest == current,
                "the core's plugin-facing sources changed: set PluginABI.coreDigest to \"\(current)\" (plugins must then be rebuilt)")
    }

    @Test func fingerprintNamesDigestCompilerAndConfiguration() {
        #expect(PluginABI.fingerprint == "sluice-plugin-abi/1 core=\(PluginABI.coreDigest) \(PluginABI.compiler) \(PluginABI.configuration)")
        var buffer = [CChar](repeating: 1, count: 8)
        let n = buffer.withUnsafeMutableBufferPointer { PluginABI.write(into: $0.baseAddress!, capacity: 8) }
        #expect(n == PluginABI.fingerprint.utf8.count)
        #expect(buffer[7] == 0 && String(decoding: buffer.prefix(7).map { UInt8(bitPattern: $0) }, as: UTF8.self) == "sluice-")
    }
}
