/// Finds e-mail addresses, phone numbers, IPv4 addresses and listed words in UTF-8 text.
///
/// Works on bytes and returns byte ranges, so it is fast and its results are valid annotation offsets.
struct PIIScanner: Sendable {
    /// What a match is.
    enum Kind: String, Sendable, CaseIterable {
        case email, phone, ip, word
    }

    var emails = true
    var phones = true
    var ips = true
    /// Words to redact, lowercased ASCII-folded; matched whole and case-insensitively.
    var words: Set<[UInt8]> = []

    /// Every match, sorted and not overlapping.
    func scan(_ text: [UInt8]) -> [(range: Range<Int>, kind: Kind)] {
        var found: [(range: Range<Int>, kind: Kind)] = []
        var i = 0
        while i < text.count {
            if let m = match(text, at: i) {
                found.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func match(_ t: [UInt8], at i: Int) -> (range: Range<Int>, kind: Kind)? {
        let atWordStart = i == 0 || !Self.isWordByte(t[i - 1])
        if emails, Self.isLocalPart(t[i]), i == 0 || !Self.isLocalPart(t[i - 1]), let end = emailEnd(t, from: i) {
            return (i..<end, .email)
        }
        if atWordStart, ips, Self.isDigit(t[i]), let end = ipEnd(t, from: i) { return (i..<end, .ip) }
        if atWordStart, phones, Self.isDigit(t[i]) || t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "("),
           let end = phoneEnd(t, from: i) {
            return (i..<end, .phone)
        }
        if atWordStart, !words.isEmpty, Self.isWordByte(t[i]) {
            var end = i
            while end < t.count, Self.isWordByte(t[end]) { end += 1 }
            if words.contains(t[i..<end].map(Self.lower)) { return (i..<end, .word) }
        }
        return nil
    }

    /// `local@domain.tld`: returns the end of the address.
    private func emailEnd(_ t: [UInt8], from start: Int) -> Int? {
        var at = start
        while at < t.count, Self.isLocalPart(t[at]) { at += 1 }
        guard at > start, at < t.count, t[at] == UInt8(ascii: "@") else { return nil }
        var end = at + 1
        while end < t.count, Self.isAlnum(t[end]) || t[end] == UInt8(ascii: "-") || t[end] == UInt8(ascii: ".") { end += 1 }
        while end > at + 1, t[end - 1] == UInt8(ascii: ".") { end -= 1 }  // a sentence's full stop
        // The domain needs a dot with something on both sides.
        guard let lastDot = t[(at + 1)..<end].lastIndex(of: UInt8(ascii: ".")), lastDot > at + 1, lastDot < end - 1 else { return nil }
        return end
    }

    /// Four dot-separated numbers from 0 to 255.
    private func ipEnd(_ t: [UInt8], from start: Int) -> Int? {
        var i = start
        for part in 0..<4 {
            var value = 0, digits = 0
            while i < t.count, Self.isDigit(t[i]), digits < 3 {
                value = value * 10 + Int(t[i] - 48)
                digits += 1
                i += 1
            }
            guard digits > 0, value <= 255 else { return nil }
            if part < 3 {
                guard i + 1 < t.count, t[i] == UInt8(ascii: "."), Self.isDigit(t[i + 1]) else { return nil }
                i += 1
            }
        }
        return i < t.count && (Self.isWordByte(t[i]) || t[i] == UInt8(ascii: ".") && i + 1 < t.count && Self.isDigit(t[i + 1])) ? nil : i
    }

    /// Digits with spaces, dashes, dots or parentheses between them: 9 to 15 digits in all.
    private func phoneEnd(_ t: [UInt8], from start: Int) -> Int? {
        var i = start, digits = 0, lastDigitEnd = start
        if t[i] == UInt8(ascii: "+") { i += 1 }
        while i < t.count {
            let b = t[i]
            if Self.isDigit(b) {
                digits += 1
                lastDigitEnd = i + 1
            } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") {
                if i + 1 < t.count, b == t[i + 1] { break }  // two separators in a row end the number
            } else {
                break
            }
            i += 1
        }
        guard (9...15).contains(digits), lastDigitEnd >= t.count || !Self.isWordByte(t[lastDigitEnd]) else { return nil }
        return lastDigitEnd
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    static func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b == UInt8(ascii: "_") || b >= 0x80 }
    static func isLocalPart(_ b: UInt8) -> Bool {
        isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }
    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
}
