/// The kind of a named entity or numeric expression found by the entity tagger.
///
/// Raw values follow the OntoNotes/CoNLL naming that scorers and downstream tools expect.
public enum EntityLabel: String, Sendable, CaseIterable, Codable {
    /// People, including fictional ones.
    case person = "PERSON"
    /// Organizations: companies, agencies, institutions, parties, alliances.
    case org = "ORG"
    /// Locations: countries, cities, regions, natural places, facilities.
    case loc = "LOC"
    /// Nationalities, religious and political groups ("Russian", "Democrats").
    case norp = "NORP"
    /// Absolute or relative dates and periods ("July 19", "the 1960s").
    case date = "DATE"
    /// Times of day ("3 p.m.", "10:30").
    case time = "TIME"
    /// Monetary values ("$5 million").
    case money = "MONEY"
    /// Percentages ("12%", "12 percent").
    case percent = "PERCENT"
    /// Measurements with a unit ("15 kilotons").
    case quantity = "QUANTITY"
    /// Plain counts ("66,000 people").
    case cardinal = "CARDINAL"
    /// Other named things.
    case misc = "MISC"

    /// A distinct small number per label, `0..<allCases.count` (per-label tallies without hashing the name).
    var index: Int {
        switch self {
        case .person: 0
        case .org: 1
        case .loc: 2
        case .norp: 3
        case .date: 4
        case .time: 5
        case .money: 6
        case .percent: 7
        case .quantity: 8
        case .cardinal: 9
        case .misc: 10
        }
    }

    /// Parses a label name, accepting common aliases (`PER`, `GPE`, `LOCATION`, `ORGANIZATION`, …).
    public init?(name: String) {
        let upper = name.uppercased()
        if let direct = EntityLabel(rawValue: upper) {
            self = direct
            return
        }
        switch upper {
        case "PER", "PERS": self = .person
        case "GPE", "LOCATION", "FAC": self = .loc
        case "ORGANIZATION", "ORGANISATION", "CORPORATION": self = .org
        case "NAT", "NATIONALITY": self = .norp
        case "QUANT": self = .quantity
        case "MISCELLANEOUS", "OTHER", "OTH": self = .misc
        default: return nil
        }
    }

    /// Whether the label names a thing (person, organization, place, group, other) rather than a value.
    public var isName: Bool {
        switch self {
        case .person, .org, .loc, .norp, .misc: return true
        default: return false
        }
    }
}
