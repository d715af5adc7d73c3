// Spanish abbreviation list and sentence starters, written for Sluice (news-oriented).
// Forms without the final full stop; an entry starting with a capital only matches capitalised tokens.

extension LanguageData {
    static let spanish = LanguageData(
        code: "es",
        prefixAbbreviations: [
            "Sr", "Sra", "Sres", "Sras", "Srta", "Srtas", "D", "Dña", "Da", "Dn", "Dr", "Dra", "Dres", "Dras",
            "Lic", "Licda", "Ing", "Arq", "Prof", "Profa", "Pbro", "Mons", "Gral", "Gen", "Cnel", "Col", "Tte",
            "Cap", "Sgto", "Cmdte", "Pdte", "Pte", "Excmo", "Excma", "Ilmo", "Ilma", "Sto", "Sta", "Fr", "Fray",
            "Av", "Avda", "Pza", "Pl", "Cl", "Ctra", "Urb", "Bo", "Col",
            "p.ej", "p. ej", "vs", "cf", "cfr", "aprox", "approx", "ej", "esp", "excl", "incl",
        ],
        numberAbbreviations: [
            "No", "no", "Nº", "nº", "núm", "Núm", "art", "Art", "arts", "cap", "Cap", "fig", "Fig", "p", "pp",
            "pág", "págs", "vol", "Vol", "t", "tel", "Tel", "tlf", "ed", "Ed", "secc", "párr",
        ],
        generalAbbreviations: [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "sep", "oct", "nov", "dic",
            "lun", "mié", "jue", "vie", "sáb", "dom",
            "etc", "Cía", "cía", "S.A", "SA", "S.L", "SL", "S.A. de C.V", "Ltda", "Inc", "Corp", "Hnos",
            "EE.UU", "EEUU", "EE. UU", "UU", "U.S", "ONU", "UE", "Bs. As", "Bs",
            "a.C", "d.C", "a. C", "d. C", "a.m", "p.m", "km", "kg", "cm", "mm", "min", "máx", "mín", "hab",
            "ib", "ibíd", "id", "op. cit", "dcha", "izq", "izqda", "dpto", "depto", "admón", "adm", "gob",
            "pdo", "prox", "sig", "sigs", "ss", "uds", "Ud", "Uds", "Vd", "Vds", "vda",
        ],
        sentenceStarters: [
            "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "Él", "Ella", "Ellos", "Ellas", "Yo",
            "Nosotros", "Usted", "Este", "Esta", "Esto", "Estos", "Estas", "Ese", "Esa", "Eso", "Pero", "Y",
            "O", "Sin", "Con", "En", "Por", "Para", "Según", "Tras", "Después", "Antes", "Durante", "Desde",
            "Cuando", "Si", "Aunque", "Sin embargo", "Además", "Así", "Entonces", "Hoy", "Ayer", "Mañana",
            "Su", "Sus", "Mi", "Mis", "Nuestro", "Nuestra", "No", "Todos", "Todas", "Muchos", "Varios",
            "Qué", "Cómo", "Dónde", "Quién", "Por qué", "De", "Del", "Al", "Se", "Lo", "Le", "Les", "Ya",
        ]
    )
}
