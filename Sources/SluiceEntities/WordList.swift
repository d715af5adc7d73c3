/// The built-in word lists the recognizers test tokens against.
///
/// The tokenizer looks each token up once in ``Lexicon`` and records in ``Token/lists`` which lists hold its
/// word (bit `rawValue`), so a membership test in the rules is a bit test, not a hash probe.
enum WordList: Int, CaseIterable, Sendable {
    case months, ambiguousMonths, weekdays, seasons, eraMarkers, dateUnits, relativeDeterminers, relativeAfter
    case deicticDays, centuryWords, timeSuffixes, timeWords, dayParts, currencySymbols, currencyWords, scaleWords
    case percentWords, units, countedNouns, numberWords, smallNumberWords, decadeWords, valueStarters
    case personTitles, personVerbs, greetings, closings, titleModifiers, orgSuffixes, locSuffixes, commonWords
    case nameParticles, givenNames, locPrepositions, locPrefixes

    /// The list's bit in ``Token/lists``.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The list's words.
    var words: WordSet {
        switch self {
        case .months: ValueWords.months
        case .ambiguousMonths: ValueWords.ambiguousMonths
        case .weekdays: ValueWords.weekdays
        case .seasons: ValueWords.seasons
        case .eraMarkers: ValueWords.eraMarkers
        case .dateUnits: ValueWords.dateUnits
        case .relativeDeterminers: ValueWords.relativeDeterminers
        case .relativeAfter: ValueWords.relativeAfter
        case .deicticDays: ValueWords.deicticDays
        case .centuryWords: ValueWords.centuryWords
        case .timeSuffixes: ValueWords.timeSuffixes
        case .timeWords: ValueWords.timeWords
        case .dayParts: ValueWords.dayParts
        case .currencySymbols: ValueWords.currencySymbols
        case .currencyWords: ValueWords.currencyWords
        case .scaleWords: ValueWords.scaleWords
        case .percentWords: ValueWords.percentWords
        case .units: ValueWords.units
        case .countedNouns: ValueWords.countedNouns
        case .numberWords: ValueWords.numberWords
        case .smallNumberWords: ValueWords.smallNumberWords
        case .decadeWords: ValueWords.decadeWords
        case .valueStarters: ValueWords.starters
        case .personTitles: WordLists.personTitles
        case .personVerbs: WordLists.personVerbs
        case .greetings: WordLists.greetings
        case .closings: WordLists.closings
        case .titleModifiers: WordLists.titleModifiers
        case .orgSuffixes: WordLists.orgSuffixes
        case .locSuffixes: WordLists.locSuffixes
        case .commonWords: WordLists.commonWords
        case .nameParticles: WordLists.nameParticles
        case .givenNames: WordLists.givenNames
        case .locPrepositions: WordLists.locPrepositions
        case .locPrefixes: WordLists.locPrefixes
        }
    }
}
