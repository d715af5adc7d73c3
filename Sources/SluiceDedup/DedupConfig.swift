import Foundation

/// Configuration of document-level deduplication (exact and MinHash near-duplicate).
///
/// ## Defaults and trade-offs
/// The defaults (word 3-gram shingles, 128 hashes in 32 bands × 4 rows, Jaccard threshold 0.5,
/// confirmation by the Jaccard estimated on the full signature) were chosen by measurement on a
/// generated news corpus with ground truth (`make_corpus.py --n 20000 --seed 1`, near duplicates with
/// 1–10 % word edits; `python3 scripts/eval/run.py dedup`). Streaming decisions, pair precision /
/// recall by threshold: 0.4 → 1.000 / 0.995, **0.5 → 1.000 / 0.984**, 0.6 → 1.000 / 0.916,
/// 0.7 → 1.000 / 0.708; at 0.3 precision drops (0.996) — 0.5 keeps a margin for other corpora:
/// - **Shingle size.** Each word edit destroys up to `n` shingles, so a 5–10 % edit rate drives the
///   5-gram Jaccard down to 0.35–0.6 while unrelated texts that share frequent words stay below
///   0.13. Word 3-grams keep near duplicates at 0.5–0.9 with unrelated texts below ~0.25, which
///   leaves a wider margin for the MinHash estimation error. Smaller shingles (1–2) raise the
///   similarity of unrelated texts with a similar vocabulary and hurt precision.
/// - **Bands × rows.** A pair with Jaccard `s` becomes a candidate with probability
///   `1 - (1 - s^rows)^bands`; the S-curve midpoint is about `(1/bands)^(1/rows)` (0.42 for 32 × 4).
///   Setting it *below* `threshold` makes candidates nearly certain at the threshold; false
///   candidates are removed by the confirmation step. More rows cut the number of candidates
///   (cheaper decide step on large indexes) at the cost of recall near the threshold.
/// - **numHashes.** The standard error of the estimated Jaccard is `sqrt(s(1-s)/numHashes)`
///   (0.044 at s = 0.5 with 128 hashes). Must equal `bands × rows`.
/// - **Threshold.** Pairs with (estimated or exact) Jaccard ≥ threshold are duplicates.
public struct DedupConfig: Sendable, Hashable, Codable {
    /// Which duplicate detection runs.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Only documents whose normalized text hashes equal (128-bit MurmurHash3).
        case exact
        /// Only MinHash/LSH near duplicates (exact copies are near duplicates with similarity 1).
        case minhash
        /// Exact first (cheap, reported as `.exact`), then MinHash for the rest.
        case both
    }
    /// The unit a shingle is made of.
    public enum ShingleUnit: String, Sendable, Hashable, Codable {
        /// `shingleSize` consecutive words (runs of non-space bytes of the normalized text).
        case word
        /// `shingleSize` consecutive UTF-8 bytes of the normalized text.
        case character
    }
    /// How a candidate pair found by LSH is confirmed.
    public enum Confirmation: String, Sendable, Hashable, Codable {
        /// Jaccard estimated from the full MinHash signatures (no extra memory).
        case estimated
        /// Exact Jaccard of the shingle-hash sets (the index keeps every shingle hash: much more memory).
        case exact
        /// No confirmation: every LSH candidate is a duplicate (datatrove's behaviour; the threshold is then only
        /// the S-curve's, set by bands × rows).
        case none
    }
    /// Which document of a duplicate cluster is kept.
    public enum KeepRule: String, Sendable, Hashable, Codable {
        /// The first document in input order (works in one streaming pass).
        case first
        /// The longest document (ties: the first). Needs the whole corpus: use ``DedupIndex/observe(_:documentID:)``
        /// for every document, then ``DedupIndex/resolve()``.
        case longest
    }

    /// Which detection runs (default `.both`).
    public var method: Method
    /// Normalization applied before exact hashing and shingling.
    public var normalization: TextNormalization
    /// Word or character shingles (default words).
    public var shingleUnit: ShingleUnit
    /// Words (or bytes) per shingle (default 3).
    public var shingleSize: Int
    /// MinHash signature length; must equal `bands * rows` (default 128).
    public var numHashes: Int
    /// LSH bands (default 32).
    public var bands: Int
    /// Rows per LSH band (default 4).
    public var rows: Int
    /// Jaccard similarity from which a pair is a near duplicate (default 0.5).
    public var threshold: Double
    /// How LSH candidates are confirmed (default `.estimated`).
    public var confirmation: Confirmation
    /// Which cluster member is kept (default `.first`).
    public var keep: KeepRule
    /// Seed of the MinHash permutations and hashes. Signatures made with different seeds are incomparable.
    public var seed: UInt64

    /// Creates a configuration; every parameter has a measured default.
    public init(method: Method = .both, normalization: TextNormalization = TextNormalization(),
                shingleUnit: ShingleUnit = .word, shingleSize: Int = 3, numHashes: Int = 128,
                bands: Int = 32, rows: Int = 4, threshold: Double = 0.5,
                confirmation: Confirmation = .estimated, keep: KeepRule = .first, seed: UInt64 = 0x5155_4943_4544_4450) {
        self.method = method
        self.normalization = normalization
        self.shingleUnit = shingleUnit
        self.shingleSize = shingleSize
        self.numHashes = numHashes
        self.bands = bands
        self.rows = rows
        self.threshold = threshold
        self.confirmation = confirmation
        self.keep = keep
        self.seed = seed
    }

    /// Problems that make the configuration unusable (empty when valid).
    public var validationErrors: [String] {
        var errors: [String] = []
        if shingleSize < 1 { errors.append("shingleSize must be at least 1 (got \(shingleSize))") }
        if bands < 1 || rows < 1 { errors.append("bands and rows must be at least 1 (got \(bands) × \(rows))") }
        if numHashes != bands * rows {
            errors.append("numHashes (\(numHashes)) must equal bands × rows (\(bands) × \(rows) = \(bands * rows))")
        }
        if !(threshold > 0 && threshold <= 1) { errors.append("threshold must be in (0, 1] (got \(threshold))") }
        return errors
    }

    /// The approximate Jaccard similarity at which a pair becomes an LSH candidate with probability ½.
    public var lshMidpoint: Double { pow(1.0 / Double(bands), 1.0 / Double(rows)) }

    /// Probability that a pair with Jaccard `similarity` becomes an LSH candidate.
    public func candidateProbability(similarity s: Double) -> Double {
        1 - pow(1 - pow(s, Double(rows)), Double(bands))
    }

    /// Whether this configuration computes MinHash signatures.
    public var usesMinHash: Bool { method != .exact }

    /// A stable 64-bit fingerprint of every field that changes signatures or index layout.
    /// Saved indexes record it and refuse to load under a different one.
    public var signatureFingerprint: UInt64 {
        var words: [UInt64] = [
            0x534C_4443_4647_0001,
            UInt64(method == .exact ? 0 : method == .minhash ? 1 : 2),
            (normalization.lowercase ? 1 : 0) | (normalization.collapseWhitespace ? 2 : 0)
                | (normalization.removePunctuation ? 4 : 0) | (normalization.normalizeDigits ? 8 : 0),
            shingleUnit == .word ? 0 : 1, UInt64(shingleSize), UInt64(numHashes), UInt64(bands), UInt64(rows),
            confirmation == .exact ? 1 : confirmation == .none ? 2 : 0, seed,
        ]
        return words.withUnsafeMutableBytes { MurmurHash3.hash128(UnsafeRawBufferPointer($0), seed: 7).low }
    }
}
