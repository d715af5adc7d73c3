/// A one-value MinHash of a document's word 5-grams: copies and near-copies of a document share
/// it with high probability, unrelated documents almost never do.
enum DocumentSignature {
    static func minHash(_ buf: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0
        var words = 0
        var minimum = UInt64.max
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        var i = 0
        let n = buf.count
        while i <= n {
            let b: UInt8 = i < n ? buf[i] : 0x20
            let isWord = b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
            if isWord {
                h ^= UInt64(b | (b < 0x80 && b >= 0x41 ? 0x20 : 0))
                h &*= 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                words += 1
                if words >= 5 {
                    let s = CorpusKey.mix(h ^ (w0 << 7 | w0 >> 57) ^ (w1 << 14 | w1 >> 50)
                                          ^ (w2 << 21 | w2 >> 43) ^ (w3 << 28 | w3 >> 36))
                    if s < minimum { minimum = s }
                }
                w3 = w2; w2 = w1; w1 = w0; w0 = h
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
            i += 1
        }
        if words < 5 { return CorpusKey.mix(h ^ w0 ^ w1 ^ w2 ^ w3) }
        return minimum
    }
}
