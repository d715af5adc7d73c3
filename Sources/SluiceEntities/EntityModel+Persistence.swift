import Foundation

/// An error while reading a model file.
public struct EntityModelError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// A readable message.
    public var description: String { message }
}

extension EntityModel {
    /// The first line of a model file. Version 2 models key their features by the word hash of
    /// ``ByteText/foldedHash(_:_:_:)`` (eight bytes a step); version 1 used FNV-1a, so its features match no token.
    private static let magic = Array("SLUICE-ENTITIES-PERCEPTRON-2\n".utf8)
    private static let oldMagic = Array("SLUICE-ENTITIES-PERCEPTRON-1\n".utf8)

    /// Writes the model to `path` (binary: magic line, tag line, then sorted feature rows).
    public func save(to path: String) throws {
        var data = Data(Self.magic)
        data.append(contentsOf: Array((tags.joined(separator: " ") + "\n").utf8))
        var count = UInt64(index.count).littleEndian
        withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
        for (f, row) in index.sorted(by: { $0.key < $1.key }) {
            var fl = f.littleEndian
            withUnsafeBytes(of: &fl) { data.append(contentsOf: $0) }
            let base = Int(row) * tags.count
            for k in 0..<tags.count {
                var w = weights[base + k].bitPattern.littleEndian
                withUnsafeBytes(of: &w) { data.append(contentsOf: $0) }
            }
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Reads a model written by ``save(to:)``.
    public static func load(from path: String) throws -> EntityModel {
        let data: [UInt8]
        do {
            data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw EntityModelError(message: "\(path): cannot read model (\(error.localizedDescription))")
        }
        if data.starts(with: oldMagic) {
            throw EntityModelError(message: "\(path): a model from an older Sluice, whose word hashes this version "
                                   + "does not use; train it again with `sluice train-entities`")
        }
        guard data.count > magic.count, Array(data[0..<magic.count]) == magic else {
            throw EntityModelError(message: "\(path): not a Sluice entity model")
        }
        var p = magic.count
        guard let nl = data[p...].firstIndex(of: 0x0A) else { throw EntityModelError(message: "\(path): truncated header") }
        let tags = String(decoding: data[p..<nl], as: UTF8.self).split(separator: " ").map(String.init)
        p = nl + 1
        func u64() throws -> UInt64 {
            guard p + 8 <= data.count else { throw EntityModelError(message: "\(path): truncated") }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(data[p + k]) << (8 * UInt64(k)) }
            p += 8
            return v
        }
        let count = Int(try u64())
        guard !tags.isEmpty, count >= 0, count <= (data.count - p) / 8 else { throw EntityModelError(message: "\(path): bad header") }
        var index: [UInt64: Int32] = [:]
        index.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * tags.count)
        for r in 0..<count {
            index[try u64()] = Int32(r)
            guard p + 4 * tags.count <= data.count else { throw EntityModelError(message: "\(path): truncated") }
            for k in 0..<tags.count {
                var bits: UInt32 = 0
                for b in 0..<4 { bits |= UInt32(data[p + b]) << (8 * UInt32(b)) }
                p += 4
                weights[r * tags.count + k] = Float(bitPattern: bits)
            }
        }
        return EntityModel(tags: tags, index: index, weights: weights)
    }
}
