import ArgumentParser
import SluiceCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `sluice new-stage NAME`: creates a ready-to-build stage package from a template.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a stage package from a template: a run-time plugin, a compiled-in executable, or an external worker.",
        discussion: """
            --dynamic (default): a SwiftPM package building lib<Name>.so, loaded by `sluice-host` through `plugins:`. \
            --package: a SwiftPM package with its own sluice-compatible executable with the stage compiled in. \
            --external: a Python worker (standard library only) for the `command` stage. Each comes with a test and \
            a pipeline; see docs/writing-stages.md.
            """)

    enum Kind: String, EnumerableFlag {
        case dynamic, package, external
    }

    @Argument(help: "The stage name, snake_case (keyword_tagger); the package is named in CamelCase (KeywordTagger).")
    var name: String

    @Flag(help: "What to create.")
    var kind: Kind = .dynamic

    @Option(name: .shortAndLong, help: "Folder to create the package in (default: the current folder).")
    var output: String = "."

    @Option(help: "Path of the Sluice package the new package depends on (default: the one this sluice was built from).")
    var sluice: String?

    func validate() throws {
        guard StageTemplates.isValidStageName(name) else {
            throw ValidationError("the stage name must be snake_case: a lowercase letter, then lowercase letters, digits or _ (got \"\(name)\")")
        }
    }

    func run() throws {
        let sluicePath = sluice.map { FilePaths.resolve($0, against: currentDirectory()) } ?? StageTemplates.sourceRoot
        let files = StageTemplates.files(kind: kind.rawValue, stageName: name, sluicePath: sluicePath)
        let folder = FilePaths.join(FilePaths.resolve(output, against: currentDirectory()), StageTemplates.typeName(name))
        guard FileIO.kind(of: folder) == .missing else { throw ValidationError("\(folder) already exists") }
        for (path, text) in files {
            let full = FilePaths.join(folder, path)
            try FileIO.makeDirectories(FilePaths.directory(of: full))
            try FileIO.writeAtomically(Array(text.utf8), to: full)
        }
        print("created \(folder):")
        for (path, _) in files { print("  \(path)") }
        print("\n" + StageTemplates.nextSteps(kind: kind.rawValue, folder: folder, stageName: name))
    }
}

/// The working directory.
private func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
