// Generates Sources/SluiceEntities/BuiltInPlaces+Generated.swift from Foundation's CLDR/ICU data:
//   * every ISO region (countries, territories, continents, sub-regions) with its English name;
//   * city names derived from the tz database identifiers (TimeZone.knownTimeZoneIdentifiers).
// Usage (from the repository root):
//   swift scripts/gen-entities-places.swift > Sources/SluiceEntities/BuiltInPlaces+Generated.swift
import Foundation

let english = Locale(identifier: "en")
var regions: [(String, String)] = []
for region in Locale.Region.isoRegions {
    let code = region.identifier
    guard let name = english.localizedString(forRegionCode: code), name != code, !name.contains("Unknown") else { continue }
    regions.append((code, name))
}
regions.sort { $0.0 < $1.0 }

// tz identifiers whose last component is not a city name people write, or collides with a common
// word or first name.
let skip: Set<String> = [
    "Casey", "Davis", "Christmas", "Easter", "Center", "Regina", "Stanley", "Troll", "Beulah", "Resolute",
    "Dawson", "Knox", "Marengo", "Vincennes", "Petersburg", "Winamac", "Tell City", "Vevay", "Monticello",
    "Midway", "Wake", "Wallis", "Creston", "Swift Current", "Rainy River", "Atikokan", "Currie", "Lindeman",
    "Macquarie", "Mawson", "Palmer", "Rothera", "Syowa", "Vostok", "McMurdo", "DumontDUrville", "Eucla",
    "Enderbury", "Kanton", "Johnston", "Ojinaga", "Matamoros", "Bahia Banderas", "Thule", "Danmarkshavn",
    "Scoresbysund", "Factory", "Universal", "Zulu", "Continental", "General", "ComodRivadavia", "Knox IN",
    "Ushuaia", "Salta", "Jujuy", "Catamarca", "La Rioja", "San Luis", "Tucuman", "Rio Gallegos", "San Juan",
    "Menominee", "New Salem", "Louisville", "Indianapolis", "Fort Wayne", "Coral Harbour", "Atka", "Ensenada",
    "Santa Isabel", "Shiprock", "Yancowinna", "ACT", "NSW", "North", "South", "West", "East", "Bucharest ",
]
let areas: Set<String> = ["Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"]
var cities = Set<String>()
for id in TimeZone.knownTimeZoneIdentifiers {
    let parts = id.split(separator: "/").map(String.init)
    guard parts.count >= 2, areas.contains(parts[0]), let last = parts.last else { continue }
    let name = last.replacingOccurrences(of: "_", with: " ")
    if skip.contains(name) || name.count < 3 || name.uppercased() == name { continue }
    cities.insert(name)
}

func quote(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

print("// GENERATED FILE. DO NOT EDIT. Regenerate with: swift scripts/gen-entities-places.swift")
print("// Source: Foundation/CLDR region names (Locale.Region.isoRegions, English) and tz database city names.")
print("")
print("/// Place names derived from Foundation's CLDR and tz data.")
print("enum BuiltInPlacesGenerated {")
print("    /// ISO region code and English name, for every region Foundation knows.")
print("    static let regions: [(code: String, name: String)] = [")
for (code, name) in regions { print("        (\(quote(code)), \(quote(name))),") }
print("    ]")
print("")
print("    /// City names taken from tz identifiers (`Europe/Moscow` → `Moscow`).")
print("    static let cities: [String] = [")
for c in cities.sorted() { print("        \(quote(c)),") }
print("    ]")
print("}")
