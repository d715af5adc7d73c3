/// Recognizes binary (non-text) input: magic numbers, NUL bytes, many control bytes.
enum BinarySniffer {
    private static let magics: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x20, 0x33, 0x00], "SQLite database"),
        ([0x4F, 0x67, 0x67, 0x53], "Ogg media"),
        ([0x49, 0x44, 0x33], "MP3 audio"),
        ([0x52, 0x49, 0x46, 0x46], "RIFF media"),
        ([0x1A, 0x45, 0xDF, 0xA3], "Matroska/WebM media"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE2 document"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "Java class / Mach-O"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        ([0x77, 0x4F, 0x46, 0x46], "WOFF font"),
        ([0x77, 0x4F, 0x46, 0x32], "WOFF2 font"),
        ([0x00, 0x01, 0x00, 0x00, 0x00], "TrueType font"),
    ]

    /// Returns a description of the binary evidence, or nil when the bytes may be text.
    /// Call after BOM detection (UTF-16/32 text contains NUL bytes).
    static func binaryKind(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let n = p.count
        for (magic, kind) in magics where n >= magic.count {
            var same = true
            for (k, b) in magic.enumerated() where p[k] != b { same = false; break }
            if same { return kind }
        }
        if n >= 12, p[4] == 0x66, p[5] == 0x74, p[6] == 0x79, p[7] == 0x70 { return "MP4/ISO media" }
        let sample = min(n, 8192)
        guard sample > 0 else { return nil }
        var nul = 0, control = 0
        for i in 0..<sample {
            let b = p[i]
            if b == 0 { nul += 1 } else if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { control += 1 }
        }
        if nul > 0 { return "NUL bytes" }
        if control * 10 > sample { return "control bytes" }
        return nil
    }

    /// Recognizes BOM-less UTF-16 by the pattern of NUL bytes in the first 4 KB.
    static func bomlessUTF16(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let sample = min(p.count, 4096) & ~1
        guard sample >= 8 else { return nil }
        var evenNul = 0, oddNul = 0
        var i = 0
        while i < sample {
            if p[i] == 0 { evenNul += 1 }
            if p[i + 1] == 0 { oddNul += 1 }
            i += 2
        }
        let half = sample / 2
        if oddNul * 10 >= half * 6, evenNul * 20 <= half { return "utf-16le" }
        if evenNul * 10 >= half * 6, oddNul * 20 <= half { return "utf-16be" }
        return nil
    }
}
