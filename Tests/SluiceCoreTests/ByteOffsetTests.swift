import Testing
@testable import SluiceCore

/// Byte-level helpers of SluiceCore's Support folder, checked against plain reference computations.
struct ByteOffsetTests {
    /// Scalar offsets (Python `str` indices) of every byte offset that starts a scalar, for ASCII texts (no table)
    /// and texts with 2-, 3- and 4-byte scalars, against counting `unicodeScalars`.
    @Test(arguments: ["", "plain ASCII text, long enough for several words.", "Zoë said “hi” — £5 ✓ 🙂 ok",
                      "🙂🙂🙂 and é"])
    func scalarOffsetsMatchUnicodeScalarCounts(_ text: String) {
        var starts: [Int] = []
        var reference: [Int: Int] = [:]
        var bytes = 0
        for (k, s) in text.unicodeScalars.enumerated() {
            starts.append(bytes)
            reference[bytes] = k
            bytes += UTF8.width(s)
        }
        starts.append(bytes)
        reference[bytes] = text.unicodeScalars.count
        let map = ScalarOffsetMap(text: text, offsets: starts.reversed())
        for b in starts { #expect(map.scalarOffset(b) == reference[b], "byte \(b) of \(text.debugDescription)") }
    }

    /// The eight-byte tests agree with byte-by-byte ones on every byte value in every position.
    @Test func byteWordTestsAgreeWithByteTests() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<20_000 {
            var word = rng.next()
            // Bias towards ASCII letters and spaces so that long runs occur.
            if word & 1 == 0 { word = (word & 0x1F1F_1F1F_1F1F_1F1F) | 0x6060_6060_6060_6060 }
            let bytes = withUnsafeBytes(of: word.littleEndian) { Array($0) }
            let letters = bytes.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
            #expect(ByteWords.leadingRun(ByteWords.asciiLetters(word)) == letters)
            let lower = bytes.prefix { $0 >= 0x61 && $0 <= 0x7A }.count
            #expect(ByteWords.leadingRun(ByteWords.inRange(word, 0x61, 0x7A)) == lower)
            for b: UInt8 in [0x2E, 0x61, 0x00, 0x80, bytes[3]] {
                let equal = ByteWords.equal(word, b)
                for k in 0..<8 { #expect((equal >> UInt64(k * 8 + 7)) & 1 == (bytes[k] == b ? 1 : 0)) }
            }
            let below = ByteWords.firstBelow(word, 0x21)
            let firstSpace = bytes.firstIndex { $0 < 0x21 }
            #expect((below == 0 ? nil : below.trailingZeroBitCount >> 3) == firstSpace)
        }
    }
}
