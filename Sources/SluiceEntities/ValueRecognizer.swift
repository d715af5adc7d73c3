/// Pattern recognizers for dates, times, money, percentages, quantities and counts over tokens.
enum ValueRecognizer {
    /// Finds all value expressions, leftmost-longest, non-overlapping.
    static func recognize(_ t: TokenizedText) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < t.count {
            let tok = t[i]
            if !tok.has(.hasDigit) && !tok.isIn(.valueStarters) {
                i += 1
                continue
            }
            if let c = match(t, at: i) {
                out.append(c)
                i = c.end
            } else {
                i += 1
            }
        }
        return out
    }

    private static func match(_ t: TokenizedText, at i: Int) -> Candidate? {
        let tok = t[i]
        if tok.has(.punct) {
            if t.isIn(i, .currencySymbols), let end = money(t, numberAt: i + 1) {
                return Candidate(first: i, end: end, label: .money, source: "rule:money", priority: 3)
            }
            return nil
        }
        if let end = date(t, at: i) {
            return Candidate(first: i, end: end, label: .date, source: "rule:date", priority: 3)
        }
        if let end = time(t, at: i) {
            return Candidate(first: i, end: end, label: .time, source: "rule:time", priority: 3)
        }
        if t.isIn(i, .currencySymbols), let end = money(t, numberAt: i + 1) {
            return Candidate(first: i, end: end, label: .money, source: "rule:money", priority: 3)
        }
        guard isNumber(t, i) else { return nil }
        var j = i + 1
        while isNumber(t, j) || t.isIn(j, .scaleWords) && !t[j].has(.capitalized) { j += 1 }
        if t.isIn(j, .currencyWords) {
            return Candidate(first: i, end: j + 1, label: .money, source: "rule:money", priority: 3)
        }
        if t.isPunct(j, 0x25) || t.isIn(j, .percentWords) {
            return Candidate(first: i, end: j + 1, label: .percent, source: "rule:percent", priority: 3)
        }
        if t.isWord(j, ValueWords.per) && t.isWord(j + 1, ValueWords.cent) {
            return Candidate(first: i, end: j + 2, label: .percent, source: "rule:percent", priority: 3)
        }
        if t.isIn(j, .units) && !t[j].has(.capitalized) {
            return Candidate(first: i, end: j + 1, label: .quantity, source: "rule:quantity", priority: 2)
        }
        // Spelled-out "one"/"a" alone is not a count.
        if !t[i].has(.hasDigit) && j == i + 1 && !t.isIn(i, .numberWords) { return nil }
        if t.isIn(j, .countedNouns) {
            return Candidate(first: i, end: j + 1, label: .cardinal, source: "rule:cardinal", priority: 1)
        }
        return Candidate(first: i, end: j, label: .cardinal, source: "rule:cardinal", priority: 1)
    }

    // MARK: - Helpers

    @inline(__always)
    static func isNumber(_ t: TokenizedText, _ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        return t[i].has(.number) || t[i].isIn(.numberWords)
    }

    /// A day of month: 1–31 or an ordinal such as `6th`.
    static func isDay(_ t: TokenizedText, _ i: Int) -> Bool {
        if let v = t.intValue(i, maxDigits: 2) { return v >= 1 && v <= 31 }
        return ordinalValue(t, i).map { $0 >= 1 && $0 <= 31 } ?? false
    }

    /// The value of an ordinal like `19th`, `1st`.
    static func ordinalValue(_ t: TokenizedText, _ i: Int) -> Int? {
        guard i >= 0 && i < t.count else { return nil }
        let tok = t[i]
        guard tok.has(.hasDigit), !tok.has(.number), tok.length <= 6 else { return nil }
        var v = 0
        var k = 0
        let n = tok.length
        while k < n, t.byte(i, k) >= 0x30, t.byte(i, k) <= 0x39 {
            v = v * 10 + Int(t.byte(i, k) - 0x30)
            k += 1
        }
        guard k > 0, n - k == 2 else { return nil }
        let a = t.byte(i, k) | 0x20, b = t.byte(i, k + 1) | 0x20
        let ok = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        return ok ? v : nil
    }

    /// A plausible year: four digits 1000–2199 (no separators), or any number followed by an era marker.
    static func isYear(_ t: TokenizedText, _ i: Int) -> Bool {
        guard i >= 0 && i < t.count, t[i].length == 4, let v = t.intValue(i, maxDigits: 4) else { return false }
        return v >= 1000 && v <= 2199
    }

    /// End of a year expression at `i` (with an optional era marker), or nil.
    static func yearEnd(_ t: TokenizedText, _ i: Int) -> Int? {
        if t.isIn(i + 1, .eraMarkers), t.intValue(i, maxDigits: 4) != nil { return i + 2 }
        if isYear(t, i) {
            return t.isIn(i + 1, .eraMarkers) ? i + 2 : i + 1
        }
        return nil
    }

    /// A decade token: `1960s`, `60s`, `'60s`.
    static func isDecade(_ t: TokenizedText, _ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let tok = t[i]
        let n = tok.length
        guard tok.has(.hasDigit), n == 3 || n == 5, t.byte(i, n - 1) | 0x20 == 0x73, t.byte(i, n - 2) == 0x30 else { return false }
        for k in 0..<(n - 1) where t.byte(i, k) < 0x30 || t.byte(i, k) > 0x39 { return false }
        return true
    }

    private static func isMonth(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.isIn(i, .months) else { return false }
        return t[i].has(.capitalized) || t[i].has(.allCaps)
    }

    // MARK: - Dates

    static func date(_ t: TokenizedText, at i: Int) -> Int? {
        var i0 = i
        // Weekday, optionally followed by a full date.
        if t.isIn(i, .weekdays) && t[i].isNameLike {
            var j = i + 1
            if t.isPunct(j, 0x2C) { j += 1 }
            if let end = monthDate(t, at: j) { return end }
            return i + 1
        }
        if let end = monthDate(t, at: i) { return end }
        // "the 12th of October [last]", "6 August 1945"
        if t.isWord(i, ValueWords.the) { i0 = i + 1 }
        if isDay(t, i0) {
            var j = i0 + 1
            if t.isWord(j, ValueWords.of) { j += 1 }
            if isMonth(t, j) {
                var end = j + 1
                if let y = yearEnd(t, end) { end = y } else if t.isIn(end, .relativeDeterminers) { end += 1 }
                return end
            }
        }
        // Numeric dates: 2023-10-19, 10/19/2023
        if let end = numericDate(t, at: i) { return end }
        // Decades and centuries: 1960s, the sixties, 19th century [BC]
        if isDecade(t, i) { return i + 1 }
        if t.isWord(i, ValueWords.the) && t.isIn(i + 1, .decadeWords) { return i + 2 }
        if ordinalValue(t, i) != nil && t.isIn(i + 1, .centuryWords) {
            return t.isIn(i + 2, .eraMarkers) ? i + 3 : i + 2
        }
        // Years, year ranges: 1805, 508 BC
        if let end = yearEnd(t, i) {
            if t.isIn(end, .units) || t.isIn(end, .countedNouns) { return nil }
            return end
        }
        // Seasons: "summer of 2012", "autumn"
        if t.isIn(i, .seasons) {
            if t.isWord(i + 1, ValueWords.of), let y = yearEnd(t, i + 2) { return y }
            if let y = yearEnd(t, i + 1) { return y }
            return i + 1
        }
        if t.isIn(i, .deicticDays) && !t.isWord(i, ValueWords.tonight) { return i + 1 }
        return relative(t, at: i)
    }

    /// Month [day][,][year] | Month year | Month alone (when unambiguous).
    private static func monthDate(_ t: TokenizedText, at i: Int) -> Int? {
        guard isMonth(t, i) else { return nil }
        var j = i + 1
        if t.isPunct(j, 0x2E) && !t[i].has(.abbreviation) && t[i].length == 3 { j += 1 }
        if isDay(t, j) && !(isYear(t, j)) {
            var end = j + 1
            var k = end
            if t.isPunct(k, 0x2C) { k += 1 }
            if let y = yearEnd(t, k) { end = y }
            return end
        }
        var k = j
        if t.isPunct(k, 0x2C) { k += 1 }
        if let y = yearEnd(t, k) { return y }
        if t.isIn(i, .ambiguousMonths) || t[i].has(.abbreviation) { return nil }
        return j
    }

    private static func numericDate(_ t: TokenizedText, at i: Int) -> Int? {
        // Tokens like 2023-10-19 are one token (internal hyphens); 10/19/2023 is 5 tokens.
        if t[i].has(.hasDigit) && !t[i].has(.number) && t[i].length == 10 {
            var digits = 0
            var dashes = 0
            for k in 0..<10 {
                let b = t.byte(i, k)
                if b >= 0x30 && b <= 0x39 { digits += 1 } else if b == 0x2D { dashes += 1 }
            }
            if digits == 8 && dashes == 2 && t.byte(i, 4) == 0x2D { return i + 1 }
        }
        if let a = t.intValue(i, maxDigits: 2), a >= 1, a <= 31, t.isPunct(i + 1, 0x2F),
           let b = t.intValue(i + 2, maxDigits: 2), b >= 1, b <= 31, t.isPunct(i + 3, 0x2F),
           let y = t.intValue(i + 4, maxDigits: 4), y >= 0, t[i + 4].length == 2 || t[i + 4].length == 4
        {
            return i + 5
        }
        return nil
    }

    /// Relative expressions: `this week`, `the following month`, `the past 35 years`, `five years ago`,
    /// `a year later`.
    private static func relative(_ t: TokenizedText, at i: Int) -> Int? {
        var j = i
        if t.isWord(j, ValueWords.the) { j += 1 }
        if t.isIn(j, .relativeDeterminers) && !t[j].has(.capitalized) || t.isIn(j, .relativeDeterminers) && j == i {
            var k = j + 1
            if isNumber(t, k) { k += 1 }
            if t.isIn(k, .dateUnits) {
                // "the same year", "last week" — but not "the next day" inside a noun phrase is still a date.
                if j == i && t.isWord(j, ValueWords.same) { return nil }
                return k + 1
            }
            return nil
        }
        // "N units ago/later"
        if j == i && (isNumber(t, i) || t.isIn(i, .smallNumberWords)) {
            var k = i + 1
            if isNumber(t, k) { k += 1 }
            if t.isIn(k, .dateUnits) && t.isIn(k + 1, .relativeAfter) { return k + 2 }
        }
        return nil
    }

    // MARK: - Times and money

    private static func time(_ t: TokenizedText, at i: Int) -> Int? {
        if t.isIn(i, .timeWords) { return i + 1 }
        // 10:30 [a.m.]
        if let h = t.intValue(i, maxDigits: 2), h <= 24, t.isPunct(i + 1, 0x3A), let m = t.intValue(i + 2, maxDigits: 2), m < 60, t[i + 2].length == 2 {
            var end = i + 3
            if t.isPunct(end, 0x3A), t.intValue(end + 1, maxDigits: 2) != nil { end += 2 }
            if t.isIn(end, .timeSuffixes) { end += 1 }
            return end
        }
        if let h = t.intValue(i, maxDigits: 2), h >= 1, h <= 12, t.isIn(i + 1, .timeSuffixes) { return i + 2 }
        if t.isIn(i, .relativeDeterminers) && t.isIn(i + 1, .dayParts) && !t[i].has(.capitalized)
        {
            return i + 2
        }
        if t.isWord(i, ValueWords.tonight) { return i + 1 }
        return nil
    }

    private static func money(_ t: TokenizedText, numberAt i: Int) -> Int? {
        guard i < t.count, t[i].has(.number) else { return nil }
        var j = i + 1
        while t.isIn(j, .scaleWords) { j += 1 }
        return j
    }
}
