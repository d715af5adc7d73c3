import Foundation

extension Gazetteer {
    /// The gazetteer shipped with the module: CLDR region names, tz-derived and listed cities, regions and
    /// natural places, international organizations and nationality/group words.
    ///
    /// Sources reported in mentions: `builtin.region`, `builtin.city`, `builtin.place`, `builtin.org`,
    /// `builtin.norp`.
    public static let builtIn: Gazetteer = {
        var g = Gazetteer()
        for e in builtInEntries() { g.add(e) }
        return g
    }()

    /// The entries of ``builtIn``, in insertion order (later entries win on identical spans).
    public static func builtInEntries() -> [Entry] {
        var out: [Entry] = []
        for c in BuiltInPlacesGenerated.cities {
            out.append(Entry(surface: c, label: .loc, source: "builtin.city"))
        }
        for p in BuiltInCurated.places where !BuiltInCurated.institutionsAsOrg.contains(p) {
            out.append(Entry(surface: p, label: .loc, source: "builtin.place"))
        }
        for (_, name) in BuiltInPlacesGenerated.regions {
            if name.contains(" - ") || name.contains("(") || name.contains("So.") || name == "World" { continue }
            out.append(Entry(surface: name, label: .loc, canonical: name, source: "builtin.region"))
            if name.contains(" & ") {
                out.append(Entry(surface: name.replacingOccurrences(of: " & ", with: " and "), label: .loc,
                                 canonical: name, source: "builtin.region"))
            }
            if name.hasPrefix("St. ") {
                out.append(Entry(surface: "Saint " + name.dropFirst(4), label: .loc, canonical: name, source: "builtin.region"))
            }
        }
        for (surface, canonical) in BuiltInCurated.countryAliases {
            out.append(Entry(surface: surface, label: .loc, canonical: canonical, source: "builtin.region"))
        }
        for g in BuiltInCurated.groups {
            out.append(Entry(surface: g, label: .norp, source: "builtin.norp"))
        }
        for (surface, canonical) in BuiltInCurated.organizations {
            out.append(Entry(surface: surface, label: .org, canonical: canonical, source: "builtin.org"))
        }
        return out
    }
}
