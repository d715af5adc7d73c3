import Foundation
import Testing
@testable import SluiceDecode

struct BadInputTests {
    let decoder = TextDecoder()

    @Test func emptyInput() throws {
        let r = try decoder.decode(bytes: [])
        #expect(r.text.isEmpty)
        #expect(r.blocks.isEmpty)
    }

    @Test func binaryFilesAreRejectedWithAReason() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0]
        let nul: [UInt8] = Array("abc".utf8) + [0] + Array("def".utf8)
        for (bytes, kind) in [(png, "PNG image"), (zip, "ZIP archive"), (nul, "NUL bytes")] {
            #expect(throws: DecodeFailure.binaryContent(kind: kind)) { try decoder.decode(bytes: bytes) }
        }
        #expect(DecodeFailure.binaryContent(kind: "PNG image").description.contains("PNG"))
    }

    @Test func tooLarge() {
        let small = TextDecoder(options: DecodeOptions(maxBytes: 10))
        #expect(throws: DecodeFailure.tooLarge(bytes: 11, limit: 10)) { try small.decode(bytes: Array(repeating: 0x41, count: 11)) }
    }

    @Test func invalidBytesEverywhere() throws {
        var bytes = [UInt8]()
        for i in 0..<20_000 { bytes.append(UInt8(0x80 + (i * 7) % 0x7F)) }
        let r = try decoder.decode(bytes: bytes)
        #expect(!r.text.isEmpty)
        #expect(r.charsetSource == .detected)
    }

    @Test func longSingleLine() throws {
        let line = [UInt8](repeating: 0x61, count: 4_000_000) + Array(" é".utf8)
        let r = try decoder.decode(bytes: line)
        #expect(r.text.utf8.count == line.count)
    }
}
