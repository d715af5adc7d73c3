import SluiceCore
import Testing
@testable import SluiceExport

/// The pointer buffer of the JSON Lines encoder, as a ``JSONOutput``, ends up with exactly the bytes ``JSONWriter``
/// writes into an array (it grows from a small capacity along the way).
struct RecordBytesTests {
    @Test func matchesTheJSONWriterForStringsIntegersAndValues() {
        var rng = SplitMix64(seed: 21)
        let pieces = ["a", "Zoë", "“q”", "\"", "\\", "\n", "\t", "\u{01}", "word ", "🙂", String(repeating: "x", count: 40)]
        var rb = RecordBytes(capacity: 8)  // small, so that it grows
        defer { rb.free() }
        var expected: [UInt8] = []
        for _ in 0..<400 {
            var s = ""
            for _ in 0..<Int(rng.next() % 8) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            JSONWriter.writeString(s, into: &rb)
            JSONWriter.writeString(s, into: &expected)
            let i = Int(truncatingIfNeeded: rng.next()) >> Int(rng.next() % 64)
            JSONWriter.writeInt(i, into: &rb)
            JSONWriter.writeInt(i, into: &expected)
            let v: JSONValue = [.null, .string(s), .int(i), .bool(true), .double(1.5), .array([.int(1)])][Int(rng.next() % 6)]
            JSONWriter.write(v, into: &rb)
            JSONWriter.write(v, into: &expected)
            JSONWriter.appendLiteral(",", into: &rb)
            expected.append(UInt8(ascii: ","))
        }
        for i in [0, 9, 10, -1, -10, Int.max, Int.min] {
            JSONWriter.writeInt(i, into: &rb)
            JSONWriter.writeInt(i, into: &expected)
        }
        var out: [UInt8] = []
        rb.append(to: &out)
        #expect(out == expected)
    }
}
