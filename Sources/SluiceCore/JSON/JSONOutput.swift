/// Where ``JSONWriter`` writes: a growable byte buffer. `[UInt8]` is one; an encoder with a faster buffer of its
/// own (the JSON Lines exporter's) conforms it and gets the same bytes from the same writer.
public protocol JSONOutput {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends bytes.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONOutput where Element == UInt8 {
    /// Appends bytes.
    @inlinable
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
