// German abbreviation list and sentence starters, written for Sluice (news-oriented).
// Forms without the final full stop; an entry starting with a capital only matches capitalised tokens.

extension LanguageData {
    static let german = LanguageData(
        code: "de",
        prefixAbbreviations: [
            "Hr", "Hrn", "Fr", "Frl", "Dr", "Prof", "Dipl", "Ing", "Dipl.-Ing", "Mag", "Bsc", "Msc", "med", "jur",
            "phil", "rer", "nat", "habil", "Pfr", "Gen", "Oberstlt", "Lt", "Hptm", "Maj", "Sen", "Abg", "Präs",
            "Bgm", "Stv", "St", "Hl", "hl", "Kard", "Bf",
            "z.B", "z. B", "d.h", "d. h", "u.a", "u. a", "bzw", "vgl", "ca", "sog", "ggf", "evtl", "inkl", "exkl",
            "zzgl", "abzgl", "bspw", "insb", "usw", "u.U", "u. U", "o.Ä", "o. Ä", "z.T", "z. T", "i.d.R", "i.A",
            "i.V", "a.D", "v.a", "v. a", "s.o", "s.u", "m.E", "z.Zt", "zz", "zzt", "gem", "lt", "betr", "bez",
            "bzgl", "gegr", "geb", "gest", "verh", "verw", "allg", "urspr", "ehem", "eigtl", "einschl",
            "entspr", "erg", "Jh", "Jhd", "Jhdt", "Mio", "Mrd", "Tsd", "Std", "Min", "Sek", "Hbf", "Bhf",
        ],
        numberAbbreviations: [
            "Nr", "Nrn", "Abs", "Art", "Abb", "Tab", "Bd", "Bde", "Kap", "S", "Sp", "Ziff", "Anm", "Aufl",
            "Hft", "Jg", "Lfg", "Tel", "Fax", "Zi", "Pos", "Ausg", "Vers", "Rn", "Rdnr",
        ],
        generalAbbreviations: [
            "Jan", "Febr", "Feb", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez",
            "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So",
            "usw", "etc", "u.ä", "u. ä", "u.v.m", "u. v. m", "m.b.H", "mbH", "e.V", "e. V", "AG", "Co", "KG",
            "GmbH", "Str", "Pl", "Ges", "Inh", "Fa", "Verf", "Hrsg", "Übers", "Bearb", "Ausg", "Tel",
            "Dtzd", "Stck", "Stk", "Pkt", "Ztr", "Jh", "Chr", "n. Chr", "v. Chr", "n.Chr", "v.Chr",
            "Mio", "Mrd", "Tsd", "u", "o", "v", "z", "a", "d", "i", "s", "vs", "bzw", "ca", "ff", "f",
            "US", "U.S", "USA", "EU", "UN", "BRD", "DDR",
        ],
        sentenceStarters: [
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Ich", "Wir",
            "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Das", "Doch", "Aber", "Und", "Oder", "Denn",
            "Auch", "Nach", "Vor", "Bei", "Mit", "Am", "Im", "In", "An", "Auf", "Aus", "Als", "Wenn", "Wie",
            "Was", "Wer", "Wo", "Warum", "Dann", "Damit", "Dabei", "Danach", "Zudem", "Außerdem", "Allerdings",
            "Jedoch", "Trotzdem", "So", "Nun", "Heute", "Gestern", "Morgen", "Seit", "Bis", "Zum", "Zur",
            "Laut", "Nicht", "Kein", "Keine", "Alle", "Viele", "Einige", "Mehrere", "Sein", "Seine", "Ihre",
            "Unser", "Unsere", "Mein", "Meine", "Es", "Da", "Hier", "Dort", "Daher", "Deshalb", "Deswegen",
        ],
        ordinalDot: true
    )
}
