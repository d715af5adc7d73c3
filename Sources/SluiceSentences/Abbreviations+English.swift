// English abbreviation list and sentence starters, written for Sluice (news-oriented).
// Forms are written without the final full stop; internal full stops are kept (`U.S`, `e.g`).
// An entry starting with a capital only matches tokens starting with a capital (`Gen.` but not `gen.`).

extension LanguageData {
    static let english = LanguageData(
        code: "en",
        prefixAbbreviations: [
            // Personal and professional titles
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Revs",
            "Hon", "Rt", "Fr", "Sr", "Sra", "Srta", "Br", "Msgr", "Pres", "Supt", "Atty", "Esq",
            "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Lt", "Lieut", "Gen", "Gens", "Col", "Cols", "Maj",
            "Capt", "Cpt", "Cmdr", "Cdr", "Comdr", "Adm", "Adms", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Brig",
            "Ens", "Insp", "Det", "Amb", "Amb", "Sec", "Secs", "Treas", "Del", "Ald", "Assemb", "Commr",
            "Gens", "Mgr", "Dir", "Sup", "Mx", "Prin", "Pst",
            // Place-name parts that precede a name
            "St", "Ste", "Mt", "Ft", "Pt", "Bd",
            // Latin / logic words that always continue
            "vs", "viz", "cf", "ca", "approx", "appx", "incl", "excl", "esp", "resp", "abt", "re",
            "e.g", "i.e", "eg", "ie",
        ],
        numberAbbreviations: [
            "No", "Nos", "Nr", "no", "nos", "Fig", "Figs", "fig", "figs", "Vol", "Vols", "vol", "vols",
            "Art", "Arts", "art", "Ch", "Chap", "ch", "chap", "Sect", "sect", "Para", "para", "Par", "par",
            "p", "pp", "Pp", "Ex", "Exh", "Eq", "Eqs", "eq", "eqs", "Ref", "Refs", "ref", "refs",
            "Op", "op", "Rte", "Rt", "Hwy", "Ord", "Reg", "reg", "Apt", "apt", "Ste", "Rm", "rm",
            "Bldg", "Ln", "Pl", "Tel", "tel", "Ph", "Fax", "ext", "Ext", "Sched", "Iss", "iss", "Ed", "ed", "eds",
            "Vs", "Ser", "ser", "Pg", "pg", "Cl", "cl", "Mk", "Mod", "Bk", "bk", "Pt", "pt", "Ps", "ps",
            "Div", "Pct", "pct", "Sq", "Gr",
        ],
        generalAbbreviations: [
            // Months and days (ambiguous with words only in lowercase, hence capitalised)
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            // Corporate and organisational suffixes
            "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "plc", "LLC", "L.L.C", "L.P", "LP", "Bros", "Assn", "Assoc",
            "Dept", "Depts", "Univ", "Inst", "Intl", "Natl", "Govt", "Mfg", "Mfrs", "Cie", "Pty", "GmbH",
            "A.G", "S.A", "N.V", "N.A", "P.C", "S.p.A",
            // Name suffixes and degrees
            "Jr", "Jnr", "Snr", "Ph.D", "PhD", "M.D", "B.A", "M.A", "B.S", "M.S", "M.Sc", "B.Sc", "J.D", "LL.B",
            "LL.M", "D.D.S", "R.N", "C.P.A", "M.B.A", "Esq",
            // Countries, organisations, places
            "U.S", "U.S.A", "U.K", "U.N", "E.U", "U.S.S.R", "D.C", "L.A", "N.Y", "N.Y.C", "S.F", "N.J", "N.Z",
            "Calif", "Ala", "Ariz", "Ark", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La",
            "Md", "Mich", "Minn", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg",
            "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wis", "Wisc", "Wyo", "Me",
            "W.Va", "N.C", "S.C", "N.D", "S.D", "N.H", "N.M", "R.I", "Ida",
            "Ave", "Av", "Blvd", "Rd", "Sq", "Pkwy", "Hts", "Isl", "Mts", "Ct", "Cres", "Expy",
            "Ft", "Fwy", "Ln", "Pde", "Pk", "Terr", "Tce",
            // Latin and general
            "etc", "et al", "al", "ibid", "ib", "op. cit", "loc. cit", "cit", "et seq", "N.B", "n.b",
            "P.S", "PS", "P.P.S", "B.C", "A.D", "B.C.E", "C.E", "c", "ff",
            "misc", "ret", "Ret", "dept", "govt", "mgmt", "approx", "avg", "max", "min", "min",
            "mins", "hr", "hrs", "sec", "secs", "yr", "yrs", "mo", "mos", "wk", "wks", "pts",
            // Units
            "oz", "lb", "lbs", "ft", "yd", "yds", "mi", "mph", "kph", "km", "cm", "mm", "kg", "mg", "g",
            "gal", "qt", "pt", "sq", "cu", "tsp", "tbsp", "doz", "deg", "bbl", "kcal",
            // Miscellaneous news shorthand
            "Ret", "Retd", "Gov't", "Sgts", "Bros", "Rs", "Mssrs", "Ave", "feat", "ft",
            "aka", "a.k.a", "A.K.A", "Attn", "attn", "dist", "Dist", "Twp", "Cty", "Cnty", "Prov",
            "Russ",
            "Esp",
            "ca", "cca", "circa", "vs", "v", "w/o", "yr", "orig", "trans", "transl", "repr", "rev", "edn",
            "abbr", "adj", "adv", "pron", "pl", "masc", "fem", "neut", "var", "vars", "dia", "diam",
        ],
        sentenceStarters: [
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
            "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "After", "Before",
            "When", "While", "If", "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Your",
            "What", "Why", "How", "Who", "Where", "Which", "Some", "Many", "Most", "Several", "Few", "All",
            "One", "Two", "Then", "Now", "Also", "Still", "Although", "Though", "Since", "Because", "Other",
            "Both", "Each", "Every", "Such", "Not", "No", "Nor", "Officials", "According", "During", "Despite",
            "Instead", "Later", "Earlier", "Last", "Next", "This", "Today", "Yesterday", "Tomorrow", "Once",
            "Under", "Over", "From", "For", "With", "Without", "By", "To", "Of", "Even", "Only", "Just",
            "Thus", "Hence", "Therefore", "Indeed", "Moreover", "Furthermore", "Nevertheless", "Otherwise",
            "Unlike", "Like", "Among", "Until", "Unless", "Whether", "Whatever", "Whoever", "Did", "Do",
            "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "May", "Might",
            "Must", "Has", "Have", "Had", "Let", "Please", "Thanks", "Thank", "Yes", "Well", "Oh", "OK",
            "Okay", "Sure", "Maybe", "Perhaps", "Please", "Mr", "Mrs", "Ms", "Dr",
        ],
        timeAbbreviations: ["a.m", "p.m", "A.M", "P.M"],
        timeFollowers: [
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
            "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT", "HKT", "SGT", "Eastern", "Central",
            "Pacific", "Mountain", "Moscow", "Beijing", "London", "New", "Washington", "local",
        ]
    )
}
