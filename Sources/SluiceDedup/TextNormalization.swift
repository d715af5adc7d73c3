import SluiceCore

/// Which differences between two texts are ignored before hashing.
///
/// Normalization works on UTF-8 bytes. Case folding covers ASCII and the Latin-1 supplement
/// (U+00C0–U+00DE); punctuation covers ASCII punctuation, U+00A0–U+00BF and the General
/// Punctuation block U+2000–U+206F (curly quotes, dashes, ellipsis, non-breaking and thin spaces),
/// which are replaced by a word break.
public struct TextNormalization: Sendable, Hashable, Codable {
    /// Fold upper case to lower case.
    public var lowercase: Bool
    /// Collapse every run of whitespace to one space and trim both ends.
    public var collapseWhitespace: Bool
    /// Replace punctuation by a word break.
    public var removePunctuation: Bool
    /// Replace every ASCII digit by `0`, so numbers only keep their shape.
    public var normalizeDigits: Bool

    /// Creates a normalization; the defaults ignore case, whitespace, punctuation and digits.
    public init(lowercase: Bool = true, collapseWhitespace: Bool = true,
                removePunctuation: Bool = true, normalizeDigits: Bool = true) {
        self.lowercase = lowercase
        self.collapseWhitespace = collapseWhitespace
        self.removePunctuation = removePunctuation
        self.normalizeDigits = normalizeDigits
    }

    /// No normalization at all: byte-identical texts only.
    public static let none = TextNormalization(lowercase: false, collapseWhitespace: false,
                                               removePunctuation: false, normalizeDigits: false)

    /// Normalizes `input` into `output` (cleared first). Whitespace produced by punctuation removal
    /// is collapsed together with real whitespace when `collapseWhitespace` is on.
    ///
    /// The output is never longer than the input, so it is written through a pointer into `output` sized once
    /// to `input.count`, then cut to length (no per-byte append).
    ///
    /// - Parameter copyLetterRuns: copy runs of ASCII letters eight bytes at a time (tests turn it off to check
    ///   the fast path against the byte loop).
    func normalize(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], copyLetterRuns: Bool = true) {
        output.removeAll(keepingCapacity: true)
        guard !input.isEmpty else { return }
        output.append(contentsOf: repeatElement(0, count: input.count))
        // ASCII bytes go through a 128-entry table built from the options: the output byte, or `wordBreak`
        // (whitespace, and punctuation when removed) that collapses into one space.
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { table -> Int in
            for c in 0..<128 { table[c] = asciiMapping(UInt8(c)) }
            let wordBreak = Self.wordBreak
            return output.withUnsafeMutableBufferPointer { out -> Int in
                let n = input.count
                var w = 0
                var i = 0
                var pendingSpace = false
                @inline(__always) func put(_ b: UInt8) {
                    out[w] = b
                    w += 1
                }
                @inline(__always) func emit(_ b: UInt8) {
                    if pendingSpace {
                        if w > 0 { put(0x20) }
                        pendingSpace = false
                    }
                    put(b)
                }
                let foldUpper = lowercase
                while i < n {
                    // Eight bytes at a time: copy the run of ASCII letters and single inner spaces at `i` (unchanged,
                    // or lower-cased) in one store. The store may write up to 8 bytes; it stays inside `out` because
                    // the output never gets ahead of the input (`w <= i`), and bytes past the run are overwritten later.
                    if copyLetterRuns, i &+ 8 <= n, let base = input.baseAddress, let dst = out.baseAddress {
                        let x = ByteWords.load(base + i)
                        let (run, upper) = Self.letterRun(x, foldUpper: foldUpper)
                        if run > 0 {
                            if pendingSpace {
                                if w > 0 { put(0x20) }
                                pendingSpace = false
                            }
                            UnsafeMutableRawPointer(dst + w).storeBytes(of: (x | (upper &>> 2)).littleEndian, as: UInt64.self)
                            w &+= run
                            i &+= run
                            continue
                        }
                    }
                    let b = input[i]
                    if b < 0x80 {
                        let c = table[Int(b)]
                        if c == wordBreak { pendingSpace = true } else { emit(c) }
                        i += 1
                        continue
                    }
                    // Multi-byte sequences.
                    if b == 0xC2, i + 1 < n, input[i + 1] >= 0xA0, input[i + 1] <= 0xBF {
                        // U+00A0 (no-break space) and Latin-1 punctuation/symbols.
                        if removePunctuation || (input[i + 1] == 0xA0 && collapseWhitespace) {
                            if collapseWhitespace { pendingSpace = true } else { emit(0x20) }
                            i += 2
                            continue
                        }
                    } else if b == 0xC3, lowercase, i + 1 < n, input[i + 1] >= 0x80, input[i + 1] <= 0x9E, input[i + 1] != 0x97 {
                        emit(0xC3)
                        put(input[i + 1] | 0x20)
                        i += 2
                        continue
                    } else if b == 0xE2, removePunctuation, i + 2 < n, input[i + 1] == 0x80 || input[i + 1] == 0x81 {
                        // U+2000–U+207F minus superscripts: General Punctuation.
                        if input[i + 1] == 0x80 || input[i + 2] <= 0xAF {
                            if collapseWhitespace { pendingSpace = true } else { emit(0x20) }
                            i += 3
                            continue
                        }
                    }
                    emit(b)
                    i += 1
                }
                return w
            }
        }
        output.removeLast(output.count - written)
    }

    /// Marks an ASCII byte that becomes a collapsible word break (never an ASCII output byte).
    static let wordBreak: UInt8 = 0xFF

    /// The number of leading bytes (0...8, first byte lowest) of `x` that are lower-case ASCII letters (any ASCII
    /// letters when `foldUpper`) or single spaces between two such letters of `x`; and the high bit of every
    /// upper-case letter byte among them (shifted right by 2 it is the `0x20` that folds the letter). Lower-case
    /// letters are unchanged by every normalization and upper-case ones only by case folding; a single space
    /// between letters stays one space (collapsed or not), so such a run of prose is copied as is.
    @inline(__always)
    static func letterRun(_ x: UInt64, foldUpper: Bool) -> (count: Int, upper: UInt64) {
        let lower = ByteWords.inRange(x, 0x61, 0x7A)
        let upper = foldUpper ? ByteWords.inRange(x, 0x41, 0x5A) : 0
        let letters = lower | upper
        // A space whose neighbours on both sides (within `x`) are letters.
        let innerSpace = ByteWords.equal(x, 0x20) & (letters << 8) & (letters >> 8)
        let count = ByteWords.leadingRun(letters | innerSpace)
        let keep = ByteWords.leadingBytes(count)
        return (count, upper & keep)
    }

    /// What an ASCII byte becomes: its folded form, or ``wordBreak`` for a break that collapses into one space
    /// (whitespace and removed punctuation, only when `collapseWhitespace` is on).
    func asciiMapping(_ b: UInt8) -> UInt8 {
        var c = b
        let isSpace = c == 0x20 || (c >= 0x09 && c <= 0x0D)
        var asSpace = isSpace
        if !isSpace {
            if lowercase && c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if normalizeDigits && c >= 0x30 && c <= 0x39 { c = 0x30 }
            if removePunctuation && asciiPunctuation(c) { asSpace = true; c = 0x20 }
        }
        if asSpace && collapseWhitespace { return Self.wordBreak }
        return c
    }
}

@inline(__always)
func asciiPunctuation(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
}
