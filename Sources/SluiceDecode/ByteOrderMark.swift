/// Byte order mark sniffing.
enum ByteOrderMark {
    /// Returns the canonical charset name and the BOM length, or nil.
    static func detect(_ p: UnsafeBufferPointer<UInt8>) -> (charset: String, length: Int)? {
        let n = p.count
        if n >= 4, p[0] == 0xFF, p[1] == 0xFE, p[2] == 0, p[3] == 0 { return ("utf-32le", 4) }
        if n >= 4, p[0] == 0, p[1] == 0, p[2] == 0xFE, p[3] == 0xFF { return ("utf-32be", 4) }
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { return ("utf-8", 3) }
        if n >= 2, p[0] == 0xFF, p[1] == 0xFE { return ("utf-16le", 2) }
        if n >= 2, p[0] == 0xFE, p[1] == 0xFF { return ("utf-16be", 2) }
        return nil
    }
}
