/// SplitMix64 (Steele, Lea, Flood 2014): a small, well-mixed, deterministic 64-bit sequence. Used wherever a
/// result must be the same on every run and machine (MinHash coefficients, training shuffles, generated
/// benchmark data), which Swift's randomly seeded generators do not give.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The current state; the next value is derived from it.
    public var state: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next value of the sequence.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
