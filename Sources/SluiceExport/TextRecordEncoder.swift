import SluiceCore

/// Plain-text output for reading or tokenizer training.
///
/// - `lines`: one unit per line; line breaks inside a unit become one space, blank units are skipped.
/// - `paragraphs`: one unit per line (for `unit: document`, each non-blank line of the document), and a blank
///   line after each document.
/// - `files`: the document's text as is (`unit: document`) or its sentences one per line.
struct TextRecordEncoder: RecordEncoder {
    let layout: TextLayout
    let unit: ExportUnit

    func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        let start = out.count
        withTextBytes(doc) { bytes in
            let units: [Range<Int>]
            if unit == .sentence {
                let n = bytes.count
                units = doc.annotations.compactMap { a in
                    guard a.kind == .sentence else { return nil }
                    let s = min(max(0, a.start), n)
                    return s..<min(max(s, a.end), n)
                }
            } else if layout == .paragraphs {
                units = Self.lines(bytes)
            } else {
                units = [0..<bytes.count]
            }
            if layout == .files && unit == .document {
                out.append(contentsOf: bytes)
                return
            }
            for r in units { Self.appendLine(bytes, r, into: &out) }
            if layout == .paragraphs && out.count > start { out.append(0x0A) }
        }
        return out.count > start ? 1 : 0
    }

    /// Appends the unit on one line (CR/LF runs → one space, trimmed); nothing if it is blank.
    static func appendLine(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && isSpace(bytes[lo]) { lo += 1 }
        while hi > lo && isSpace(bytes[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        var i = lo
        while i < hi {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                while i < hi && (bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
                if out.last != 0x20 { out.append(0x20) }
                continue
            }
            out.append(b)
            i += 1
        }
        out.append(0x0A)
    }

    /// Line ranges of the text (without line terminators).
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            out.append(s..<i)
            s = i + 1
        }
        if s < bytes.count { out.append(s..<bytes.count) }
        return out
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
