import Testing
@testable import SluiceCore

/// Byte-level helpers of SluiceCore's Support folder, checked against plain reference computations.
struct ByteOffsetTests {
    /// Scalar offsets (Python `str` indices) of every byte offset, for ASCII texts (no counting) and texts with 2-,
    /// 3- and 4-byte scalars, against counting `unicodeScalars`: asked in text order, in reverse and in random
    /// order (the cursor moves both ways), including offsets inside a scalar and beyond the text (clamped).
    @Test(arguments: ["", "plain ASCII text, long enough for several words.", "Zoë said “hi” — £5 ✓ 🙂 ok",
                      "🙂🙂🙂 and é", "long mixed: " + String(repeating: "Zoë — “quoted” 🙂 text, ", count: 9)])
    func scalarOffsetsMatchUnicodeScalarCounts(_ text: String) {
        // Reference: scalars starting before each byte offset 0...count.
        var reference: [Int] = []
        var scalars = 0
        for s in text.unicodeScalars {
            reference.append(scalars)
            for _ in 1..<UTF8.width(s) { reference.append(scalars + 1) }
            scalars += 1
        }
        reference.append(scalars)
        let all = Array(0..<reference.count)
        var rng = SplitMix64(seed: UInt64(text.utf8.count))
        var shuffled = all
        shuffled.shuffle(using: &rng)
        for order in [all, all.reversed(), shuffled, all + all] {
            var cursor = ScalarOffsetCursor(text: text)
            for b in order { #expect(cursor.scalarOffset(b) == reference[b], "byte \(b) of \(text.debugDescription)") }
        }
        var cursor = ScalarOffsetCursor(text: text)
        #expect(cursor.scalarOffset(reference.count + 5) == scalars)
        #expect(cursor.scalarOffset(-3) == 0)
    }

    /// The eight-byte search finds the same first occurrence as a byte loop, from every start, at every length.
    @Test func firstIndexMatchesAByteLoop() {
        var rng = SplitMix64(seed: 11)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next() % 6 == 0 ? 0x26 : 0x61 + rng.next() % 3) }
            bytes.withUnsafeBufferPointer { p in
                for start in 0...length {
                    let expected = (start..<length).first { p[$0] == 0x26 } ?? length
                    #expect(ByteWords.firstIndex(of: 0x26, in: p, from: start) == expected, "length \(length) from \(start)")
                }
            }
        }
    }

    /// The mask of a run's first bytes has every bit of those bytes and none of the others, for every run length
    /// including the empty run and the whole word.
    @Test func leadingBytesMasksExactlyTheFirstBytes() {
        for count in 0...8 {
            let mask = ByteWords.leadingBytes(count)
            for k in 0..<8 { #expect((mask >> UInt64(k * 8)) & 0xFF == (k < count ? 0xFF : 0), "count \(count) byte \(k)") }
        }
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
