/// Caps on what one compressed input file may expand to: a guard against gzip bombs.
///
/// A file is cut off with an error record (naming the limit) as soon as either cap is passed; the records
/// read before that point are kept.
public struct DecompressionLimits: Sendable, Hashable {
    /// Most decompressed bytes one file may produce.
    public var maxBytes: Int64
    /// Most decompressed bytes per compressed byte, checked once `ratioFloorBytes` have been produced
    /// (small files legitimately reach high ratios: a run of zeros compresses about 1000:1).
    public var maxRatio: Int
    /// Decompressed size below which the ratio is not checked.
    public var ratioFloorBytes: Int64

    /// Creates limits.
    public init(maxBytes: Int64 = DecompressionLimits.default.maxBytes, maxRatio: Int = DecompressionLimits.default.maxRatio,
                ratioFloorBytes: Int64 = DecompressionLimits.default.ratioFloorBytes) {
        self.maxBytes = maxBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
    }

    private init(defaultsMaxBytes: Int64, maxRatio: Int, ratioFloorBytes: Int64) {
        self.maxBytes = defaultsMaxBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
    }

    /// The defaults: 16 GiB per file, and at most 200:1 once 64 MiB have been produced.
    public static let `default` = DecompressionLimits(defaultsMaxBytes: 16 << 30, maxRatio: 200, ratioFloorBytes: 64 << 20)

    /// The reason a file was cut off, or `nil` if it is within the limits.
    func violation(decompressed: Int64, compressed: Int64) -> String? {
        if decompressed > maxBytes {
            return "gzip data expands to more than \(maxBytes) bytes (limits.max_decompressed_bytes): possible gzip bomb"
        }
        if decompressed >= ratioFloorBytes && decompressed > Int64(maxRatio) * max(1, compressed) {
            return "gzip data expands more than \(maxRatio):1 (\(decompressed) bytes from \(compressed)) (limits.max_compression_ratio): possible gzip bomb"
        }
        return nil
    }
}
