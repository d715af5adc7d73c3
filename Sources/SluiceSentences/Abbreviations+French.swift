// French abbreviation list and sentence starters, written for Sluice (news-oriented).
// Forms without the final full stop; an entry starting with a capital only matches capitalised tokens.

extension LanguageData {
    static let french = LanguageData(
        code: "fr",
        prefixAbbreviations: [
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "Pdt", "Gal", "Gén",
            "Cdt", "Col", "Lt", "Lieut", "Capt", "Sgt", "Adj", "St", "Ste", "Sts", "Stes", "Vve", "Bd", "boul",
            "av", "Av", "bd", "pl", "fg", "rte", "imp", "ch", "Ch",
            "cf", "ex", "env", "p.ex", "p. ex", "c.-à-d", "c-à-d", "c.à.d", "vs", "resp", "notamm",
        ],
        numberAbbreviations: [
            "n", "no", "No", "nº", "Nº", "art", "Art", "al", "chap", "Chap", "fig", "Fig", "p", "pp", "t",
            "vol", "Vol", "éd", "Éd", "tél", "Tél", "fasc", "liv", "sect", "tab", "paragr",
        ],
        generalAbbreviations: [
            "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
            "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
            "etc", "cie", "Cie", "Cía", "S.A", "SA", "SARL", "S.A.R.L", "Inc", "Ltd", "Corp",
            "apr. J.-C", "av. J.-C", "J.-C", "env", "min", "max", "h", "hab", "kg", "km", "cm", "mm",
            "ibid", "id", "op. cit", "éd", "coll", "trad", "dir", "ms", "suiv", "sq", "sqq", "éds", "hr",
            "U.S", "É.-U", "USA", "UE", "ONU", "O.N.U", "Mds", "Md", "Mio", "mds", "mio", "bis", "ter",
        ],
        sentenceStarters: [
            "Le", "La", "Les", "L", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous",
            "Je", "Ce", "Cet", "Cette", "Ces", "Mais", "Et", "Ou", "Donc", "Or", "Car", "En", "Dans", "Pour",
            "Par", "Avec", "Sans", "Selon", "Après", "Avant", "Depuis", "Pendant", "Lorsque", "Quand", "Si",
            "Cependant", "Pourtant", "Toutefois", "Ainsi", "Alors", "Puis", "Enfin", "Aujourd", "Hier",
            "Demain", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Mon", "Ma", "Mes", "Aucun",
            "Tous", "Toutes", "Plusieurs", "Certains", "Quel", "Quelle", "Pourquoi", "Comment", "Où", "Qui",
            "Que", "Au", "Aux", "Du", "De", "Cela", "Ceci", "Il",
        ]
    )
}
