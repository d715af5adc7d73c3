import ArgumentParser
import SluiceCore

/// `sluice stages [NAME]`: lists stages or shows one stage's options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the available stages, or show one stage's options, defaults and an example.")

    @Argument(help: "A stage name.")
    var name: String?

    func run() throws {
        let registry = StageRegistry.shared
        guard let name else {
            let all = registry.descriptions
            let width = all.map(\.name.count).max() ?? 0
            for d in all { print(d.name.padding(toLength: width) + "  " + d.summary) }
            print("\n`sluice stages NAME` shows a stage's options.")
            return
        }
        guard let factory = registry.factory(named: name) else {
            throw ValidationError("unknown stage \"\(name)\"" + Suggestions.hint(for: name, in: registry.names))
        }
        print(StageDocumentation.render(factory.description))
    }
}

/// Renders a stage description as text (used by `sluice stages NAME`).
public enum StageDocumentation {
    /// The stage's summary, options table and example.
    public static func render(_ d: StageDescription) -> String {
        var out = "\(d.name) — \(d.summary)\n"
        if !d.module.isEmpty { out += "module: \(d.module)\n" }
        if !d.discussion.isEmpty { out += "\n\(d.discussion)\n" }
        if d.options.isEmpty {
            out += "\noptions: none\n"
        } else {
            out += "\noptions:\n"
            let width = d.options.map(\.name.count).max() ?? 0
            for o in d.options {
                var line = "  " + o.name.padding(toLength: width) + "  " + o.summary
                line += " (\(o.type)"
                if o.isRequired { line += ", required" } else if let v = o.defaultValue { line += ", default: \(v.jsonString)" }
                line += ")"
                out += line + "\n"
            }
        }
        out += "\nexample:\n  stages:\n    \(d.example)\n"
        return out
    }
}

extension String {
    func padding(toLength width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
