import Foundation
import Testing
@testable import SluiceCore

struct RecordFileTests {
    @Test func recordsLargerThanTheReadBufferAndTruncationAreHandled() throws {
        let path = NSTemporaryDirectory() + "records-\(UUID().uuidString).bin"
        defer { FileIO.remove(path) }
        let records: [[UInt8]] = [[], [1, 2, 3], Array(repeating: 7, count: 3 << 20), [9]]
        let writer = try AtomicFileWriter(path: path)
        for r in records { try RecordFile.append(r, to: writer) }
        try writer.commit()
        let reader = try RecordFile.Reader(path: path)
        var read: [[UInt8]] = []
        while let r = try reader.next() { read.append(r) }
        #expect(read == records)
        // Cut the file inside the large record: reading fails instead of returning a short record.
        let bytes = try FileIO.readBytes(path)
        try FileIO.writeAtomically(Array(bytes.prefix(2 << 20)), to: path)
        let truncated = try RecordFile.Reader(path: path)
        _ = try truncated.next()
        _ = try truncated.next()
        #expect(throws: FileError.self) { try truncated.next() }
    }
}
