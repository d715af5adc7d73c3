import SluiceCore
import Testing
@testable import SluiceDedup

struct HashingTests {
    /// SMHasher's verification procedure (`VerificationTest` in KeysetTest.cpp): hash keys
    /// {0}, {0,1}, … of length 0…255 with seed 256 - length, hash the concatenated results with
    /// seed 0; the first 32 bits must be 0x6384BA69 for MurmurHash3_x64_128.
    @Test func smhasherVerificationValue() {
        var key = [UInt8](repeating: 0, count: 256)
        var hashes = [UInt8](repeating: 0, count: 256 * 16)
        for i in 0..<256 {
            key[i] = UInt8(i)
            let h = key.withUnsafeBytes { MurmurHash3.hash128(UnsafeRawBufferPointer(rebasing: $0[0..<i]), seed: UInt32(256 - i)) }
            withUnsafeBytes(of: h.low.littleEndian) { for b in 0..<8 { hashes[i * 16 + b] = $0[b] } }
            withUnsafeBytes(of: h.high.littleEndian) { for b in 0..<8 { hashes[i * 16 + 8 + b] = $0[b] } }
        }
        let final = hashes.withUnsafeBytes { MurmurHash3.hash128($0, seed: 0) }
        #expect(UInt32(truncatingIfNeeded: final.low) == 0x6384_BA69)
    }

    /// `hash64`'s short-input path (two overlapping loads for the tail) must give the reference's first half for
    /// every length and alignment, including the lengths around its 4-, 8- and 16-byte cases; so must the masked-load
    /// path the shingler takes when sixteen bytes are readable.
    @Test func hash64MatchesTheReferenceForEveryLengthAndOffset() {
        var rng = SplitMix64(seed: 11)
        let bytes = (0..<96).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        bytes.withUnsafeBytes { buf in
            for offset in 0..<8 {
                for length in 0...40 {
                    let p = buf.baseAddress! + offset
                    for seed: UInt32 in [0, 1, 0x9747_B28C] {
                        let reference = MurmurHash3.hash128(p, count: length, seed: seed).low
                        #expect(MurmurHash3.hash64(p, count: length, seed: seed) == reference, "offset \(offset) length \(length)")
                        if length > 0 && length < 16 {
                            #expect(MurmurHash3.hash64(readable16: p, count: length, seed: seed) == reference,
                                    "readable16: offset \(offset) length \(length)")
                        }
                    }
                }
            }
        }
    }

    /// Word trigrams kept in registers must hash as the general ring-buffer path does, for texts of 0, 1, 2 and many
    /// words, with words of every length (the masked-load hash and its fallback near the end of the text).
    @Test func trigramPathMatchesTheGeneralWordPath() {
        var rng = SplitMix64(seed: 23)
        let words = ["a", "of", "the", "word", "quick", "brown", "jumping", "elephant", "extraordinarily",
                     "internationalization", "0", "00000000", "é", "x"]
        let shingler = Shingler(unit: .word, size: 3, seed: 0x9747_B28C)
        for trial in 0..<500 {
            let count = trial < 8 ? trial : Int(rng.next() % 60)
            let text = (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }
                .joined(separator: rng.next() % 4 == 0 ? "  " : " ")
            var fast: [UInt64] = []
            var general: [UInt64] = []
            var copy = text
            copy.withUTF8 {
                shingler.shingles($0, into: &fast)
                shingler.shingles($0, into: &general, anySize: true)
            }
            #expect(fast == general, "trial \(trial): \(text.debugDescription)")
            #expect(fast.count == max(count - 2, count > 0 ? 1 : 0))
        }
    }

    /// The eight-byte letter-run copy must give what the byte loop gives, under every option combination, on text
    /// mixing ASCII words of both cases, digits, punctuation, whitespace runs and multi-byte letters and spaces.
    @Test func letterRunCopyMatchesTheByteLoop() {
        var rng = SplitMix64(seed: 5)
        let pieces: [String] = ["the", "Quick", "BROWN", "fox", "jumpsOver", "a", "é", "Ñandú", "“", "—", " ", "  ", "\t",
                                "\n", ",", ".", "2024", "x1y2", "\u{00A0}", "\u{2009}", "naïve", "ABCDEFGHIJKLMNOP", "zz"]
        for trial in 0..<400 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            for options in 0..<16 {
                let n = TextNormalization(lowercase: options & 1 != 0, collapseWhitespace: options & 2 != 0,
                                          removePunctuation: options & 4 != 0, normalizeDigits: options & 8 != 0)
                var fast: [UInt8] = []
                var slow: [UInt8] = []
                var copy = text
                copy.withUTF8 {
                    n.normalize($0, into: &fast)
                    n.normalize($0, into: &slow, copyLetterRuns: false)
                }
                #expect(fast == slow, "trial \(trial) options \(options): \(text.debugDescription)")
            }
        }
    }

    @Test func emptyInputWithSeedZeroHashesToZero() {
        #expect(MurmurHash3.hash128("") == MurmurHash3.Hash128(low: 0, high: 0))
        #expect(MurmurHash3.hash128("a") != MurmurHash3.hash128("b"))
    }

    @Test func normalizationFoldsCaseSpacePunctuationAndDigits() {
        func norm(_ s: String, _ n: TextNormalization) -> String {
            var out: [UInt8] = []
            var c = s
            c.withUTF8 { n.normalize($0, into: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(norm("  Hello,\tWORLD!  It’s 2024 — “ok”. ", TextNormalization()) == "hello world it s 0000 ok")
        #expect(norm("Éclair ÀB", TextNormalization()) == "éclair àb")
        #expect(norm("A  b,\n1", .none) == "A  b,\n1")
        #expect(norm("A  b,\n1", TextNormalization(lowercase: false, collapseWhitespace: true,
                                                  removePunctuation: false, normalizeDigits: false)) == "A b, 1")
    }

    @Test func signaturesAreDeterministicAndOrderSensitive() {
        let d = Deduplicator(DedupConfig())
        let a = d.signature(of: "the quick brown fox jumps over the lazy dog")
        let same = d.signature(of: "The quick, brown fox jumps over the lazy dog!")
        #expect(a.exactHash == same.exactHash && a.minHashes == same.minHashes && a.length + 2 == same.length)
        #expect(a.minHashes.count == 128)
        let b = d.signature(of: "dog lazy the over jumps fox brown quick the")
        #expect(a.exactHash != b.exactHash)
        #expect(a.estimatedJaccard(with: b) < 0.2)
        let other = Deduplicator(DedupConfig(seed: 99)).signature(of: "the quick brown fox jumps over the lazy dog")
        #expect(other.minHashes != a.minHashes)
    }

    @Test func estimatedJaccardTracksExactJaccard() throws {
        let d = Deduplicator(DedupConfig())
        for text in try seedTexts() {
            for every in [8, 15, 40] {
                let edited = edit(text, every: every)
                let est = d.signature(of: text).estimatedJaccard(with: d.signature(of: edited))
                let ref = referenceJaccard(text, edited, n: 3)
                // 128 hashes: standard error ≤ 0.045; allow 3.5 sigma.
                #expect(abs(est - ref) < 0.16, "every \(every): estimated \(est) vs exact \(ref)")
            }
        }
    }

    @Test func configValidationAndLSHCurve() {
        #expect(DedupConfig().validationErrors.isEmpty)
        #expect(!DedupConfig(numHashes: 100).validationErrors.isEmpty)
        #expect(!DedupConfig(threshold: 0).validationErrors.isEmpty)
        let c = DedupConfig()
        #expect(abs(c.lshMidpoint - 0.42) < 0.01)
        #expect(c.candidateProbability(similarity: 0.7) > 0.99)
        #expect(c.candidateProbability(similarity: 0.1) < 0.01)
        #expect(c.signatureFingerprint == DedupConfig().signatureFingerprint)
        #expect(c.signatureFingerprint != DedupConfig(shingleSize: 5).signatureFingerprint)
        #expect(c.signatureFingerprint == DedupConfig(threshold: 0.7, keep: .longest).signatureFingerprint)
    }
}
