/// Recognises normalised lines that are dates or times ("july 19, 2022", "12:30 gmt", "2024-05-01").
enum DateShape {
    static let months: Set<[UInt8]> = Set([
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря",
    ].map { Array($0.utf8) })

    /// A month name, a clock time `d:dd`, or a numeric date `d/d/d`, `d.d.d`, `dddd-dd-dd`.
    static func looksLikeDate(_ n: [UInt8]) -> Bool {
        var word: [UInt8] = []
        var i = 0
        while i <= n.count {
            let c: UInt8 = i < n.count ? n[i] : 0x20
            if c == 0x20 || c == 0x2C || c == 0x2E {
                if !word.isEmpty && months.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(c)
            }
            if i + 2 < n.count && isDigit(n[i]) && (n[i + 1] == 0x3A || n[i + 1] == 0x2F || n[i + 1] == 0x2D || n[i + 1] == 0x2E)
                && isDigit(n[i + 2]) {
                if n[i + 1] == 0x3A { return true }
                // Two separators of the same kind between digits: d/d/d, d-d-d, d.d.d
                var j = i + 2
                while j < n.count && isDigit(n[j]) { j += 1 }
                if j + 1 < n.count && n[j] == n[i + 1] && isDigit(n[j + 1]) { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
