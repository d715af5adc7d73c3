import Dispatch
import Synchronization
import OrderedCollections
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Checks a stage against the contract in ``Stage``: a test helper any stage can run against itself.
///
/// ```swift
/// @Test func conforms() {
///     let problems = StageConformance.check(RedactStage.factory, options: ["words": ["secret"]])
///     #expect(problems.isEmpty, "\(problems)")
/// }
/// ```
///
/// What it checks: the description (a snake_case name, a summary, option defaults of their declared types, an
/// example that names the stage); that the factory builds the stage from defaults plus `options`; that every
/// result is the same for a fresh instance, for documents given in another order and for documents processed
/// from several threads at once (determinism, thread safety); that annotations stay inside the text on
/// character boundaries; that drop reasons and error messages are not empty; that counters are not negative;
/// and that `finish` and `abandon` can be called. Ordered, batch and corpus stages are driven the way the runner
/// drives them.
public enum StageConformance {
    /// One broken rule.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Which check failed.
        public var check: String
        /// What was found.
        public var message: String
        public var description: String { "\(check): \(message)" }
    }

    /// Varied documents: empty, ASCII, multilingual with emoji, long, with metadata.
    public static let sampleDocuments: [Document] = {
        let long = Array(repeating: "The council met on Tuesday and voted 7-2 to repair the bridge.", count: 400).joined(separator: " ")
        let texts = [
            "",
            "Hello world. Contact jane.doe@example.com or call +1 555 010 9999.",
            "Grüße aus Köln — 東京では雨です。 Ça va? Привет, мир! 🌍🚀\n\nZweiter Absatz.",
            long,
            "Line one\n\tindented line two\r\nline three with trailing spaces   \n",
        ]
        return texts.enumerated().map { k, text in
            Document(id: "sample-\(k + 1)", source: DocumentSource(path: "conformance", record: k + 1), text: text,
                     metadata: k == 1 ? ["lang": "en"] : [:])
        }
    }()

    /// Runs every check and returns the problems found (empty: the stage conforms).
    public static func check(
        _ factory: StageFactory, options: JSONObject = [:], documents: [Document] = sampleDocuments,
        baseDirectory: String = ".", threads: Int = 4
    ) -> [Problem] {
        var problems = checkDescription(factory.description)
        let created = temporaryDirectory()
        defer { if let created { FileIO.removeTree(created) } }
        let output = created ?? "/tmp"
        let configuration = StageConfiguration(
            stageName: factory.name, values: options, defaultsFrom: factory.description, baseDirectory: baseDirectory,
            outputDirectory: output)
        var inputs = documents
        if factory.description.consumesRawBytes {
            inputs = documents.map { d in
                var raw = d
                raw.raw = Array(d.text.utf8)
                raw.text = ""
                return raw
            }
        }
        func make() -> (any Stage)? {
            do {
                return try factory.make(configuration)
            } catch {
                problems.append(Problem(check: "factory", message: "cannot build the stage: \(error)"))
                return nil
            }
        }
        guard let first = make(), let second = make(), let third = make() else { return problems }
        let environment = RunEnvironment(pipelineName: "conformance", baseDirectory: baseDirectory, outputDirectory: output, workers: threads)

        let reference = Driver(stage: first, name: factory.name, environment: environment).run(inputs, threads: 1)
        problems += reference.problems
        for (k, outcome) in reference.outcomes.enumerated() { problems += checkOutcome(outcome, index: k) }

        let reversed = Driver(stage: second, name: factory.name, environment: environment).run(inputs, threads: 1, reverse: true)
        if reversed.outcomes != reference.outcomes {
            problems.append(Problem(check: "determinism",
                message: "a fresh instance given the documents in another order gave different results"
                    + firstDifference(reference.outcomes, reversed.outcomes, inputs)))
        }
        let parallel = Driver(stage: third, name: factory.name, environment: environment).run(inputs, threads: threads)
        if parallel.outcomes != reference.outcomes {
            problems.append(Problem(check: "thread safety",
                message: "processing from \(threads) threads at once gave different results"
                    + firstDifference(reference.outcomes, parallel.outcomes, inputs)))
        }
        for (k, stage) in [first, third].enumerated() {
            do {
                try stage.finish(context: StageContext(stageName: factory.name, environment: environment))
            } catch {
                problems.append(Problem(check: "finish", message: "instance \(k + 1): finish threw \(error)"))
            }
        }
        second.abandon()
        return problems
    }

    /// What happened to one document.
    struct Outcome: Hashable {
        var document: Document
        var verdict: Verdict?
        var error: String?
    }

    static func checkDescription(_ d: StageDescription) -> [Problem] {
        var problems: [Problem] = []
        let name = Array(d.name.utf8)
        let valid = !name.isEmpty && name[0] >= 97 && name[0] <= 122
            && name.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
        if !valid { problems.append(Problem(check: "description", message: "the name \"\(d.name)\" is not snake_case (a-z, 0-9, _)")) }
        if d.summary.isEmpty { problems.append(Problem(check: "description", message: "the summary is empty")) }
        if !d.example.contains(d.name) { problems.append(Problem(check: "description", message: "the example does not name the stage")) }
        for o in d.options {
            if o.summary.isEmpty { problems.append(Problem(check: "options", message: "option \"\(o.name)\" has no summary")) }
            if let v = o.defaultValue, !fits(v, o.type) {
                problems.append(Problem(check: "options", message: "option \"\(o.name)\": default \(v.jsonString) is not a \(o.type)"))
            }
        }
        return problems
    }

    static func fits(_ value: JSONValue, _ type: OptionType) -> Bool {
        switch (type, value) {
        case (.any, _), (.string, .string), (.path, .string), (.bool, .bool), (.int, .int), (.double, .int), (.double, .double): return true
        case (.choice(let names), .string(let s)): return names.contains(s)
        case (.list(let item), .array(let values)): return values.allSatisfy { fits($0, item) }
        case (.map(let item), .object(let values)): return values.values.allSatisfy { fits($0, item) }
        default: return false
        }
    }

    static func checkOutcome(_ o: Outcome, index: Int) -> [Problem] {
        var problems: [Problem] = []
        let id = o.document.id
        let utf8 = Array(o.document.text.utf8)
        for a in o.document.annotations {
            if a.start < 0 || a.end < a.start || a.end > utf8.count {
                problems.append(Problem(check: "offsets", message: "document \(id): annotation \(a.kind) \(a.start)..<\(a.end) is outside the text (\(utf8.count) bytes)"))
            } else if (a.start < utf8.count && utf8[a.start] & 0xC0 == 0x80) || (a.end < utf8.count && utf8[a.end] & 0xC0 == 0x80) {
                problems.append(Problem(check: "offsets", message: "document \(id): annotation \(a.kind) \(a.start)..<\(a.end) cuts a UTF-8 character"))
            }
        }
        if case .drop(let reason, _)? = o.verdict, reason.isEmpty {
            problems.append(Problem(check: "verdicts", message: "document \(id): dropped with an empty reason"))
        }
        if let e = o.error, e.isEmpty { problems.append(Problem(check: "errors", message: "document \(id): an error with an empty message")) }
        return problems
    }

    static func firstDifference(_ a: [Outcome], _ b: [Outcome], _ inputs: [Document]) -> String {
        guard let k = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) else { return "" }
        return " (first at document \(inputs[k].id))"
    }

    /// A fresh folder for the stage's outputs (removed when the check ends), or `nil` when none can be made.
    static func temporaryDirectory() -> String? {
        var template = Array("/tmp/sluice-conformance-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
    }
}
