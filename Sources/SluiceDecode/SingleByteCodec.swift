/// Reverse tables (Unicode scalar → byte) for single-byte charsets, built once from glibc iconv.
///
/// "Sloppy" tables also map bytes the charset leaves undefined, and the C1 controls
/// U+0080–U+009F, to the byte of the same number, because mojibake often went through Latin-1.
struct SingleByteCodec: Sendable {
    /// Charset name (for diagnostics).
    let name: String
    /// Scalar → byte for the upper half; ASCII maps to itself.
    let reverse: [UInt32: UInt8]
    /// C1 controls mapped onto bytes that the charset defines as something else (Latin-1 aliases).
    let aliases: Set<UInt32>

    /// Builds the table for the iconv charset `iconvName`.
    init(name: String, iconvName: String) {
        self.name = name
        var map: [UInt32: UInt8] = [:]
        for b in 0x80...0xFF {
            let byte = [UInt8(b)]
            let decoded = byte.withUnsafeBufferPointer { IconvConverter.convert($0, from: iconvName, strict: true) }
            if let d = decoded, let scalar = String(decoding: d.bytes, as: UTF8.self).unicodeScalars.first,
               String(decoding: d.bytes, as: UTF8.self).unicodeScalars.count == 1 {
                if map[scalar.value] == nil { map[scalar.value] = UInt8(b) }
            } else {
                map[UInt32(b)] = UInt8(b)
            }
        }
        var aliasSet = Set<UInt32>()
        for c in UInt32(0x80)...0x9F where map[c] == nil {
            map[c] = UInt8(c)
            if map.contains(where: { $0.value == UInt8(c) && $0.key != c }) { aliasSet.insert(c) }
        }
        reverse = map
        aliases = aliasSet
    }

    /// The byte for `scalar`, or nil when the charset cannot represent it.
    @inline(__always) func byte(for scalar: UInt32) -> UInt8? {
        scalar < 0x80 ? UInt8(scalar) : reverse[scalar]
    }

    /// Codecs tried by mojibake repair, most likely first.
    static let mojibakeCodecs: [SingleByteCodec] = [
        SingleByteCodec(name: "windows-1252", iconvName: "CP1252"),
        SingleByteCodec(name: "windows-1250", iconvName: "CP1250"),
        SingleByteCodec(name: "windows-1251", iconvName: "CP1251"),
        SingleByteCodec(name: "iso-8859-2", iconvName: "ISO-8859-2"),
        SingleByteCodec(name: "windows-1257", iconvName: "CP1257"),
        SingleByteCodec(name: "macintosh", iconvName: "MACINTOSH"),
        SingleByteCodec(name: "cp437", iconvName: "CP437"),
    ]

    /// Windows-1252 meanings of the C1 controls (0 where 1252 leaves the byte undefined).
    static let c1AsWindows1252: [UInt32] = HTMLEntities.c1Remap
}
