import OrderedCollections
import SluiceCore

/// The `boilerplate` stage: removes navigation, ads, share widgets, teasers, footers and the like.
///
/// Plain-text mode classifies lines; HTML mode classifies the blocks that `decode` annotated. With
/// `corpus: true` a first pass counts lines that recur across documents of the same source (a bounded sketch),
/// and those lines are removed too. Every removal records its rule.
public struct BoilerplateStage: DocumentStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "boilerplate",
        summary: "remove navigation, ads, share widgets, teasers and footers (text lines or HTML blocks)",
        discussion: """
            mode auto uses HTML block rules when the document has `block` annotations from decode, line rules \
            otherwise. Rule families: phrases, line_shape, credits, teasers, corpus, html (default) and the \
            aggressive c4, gopher (opt-in). corpus: true adds a first pass over the corpus that flags lines \
            recurring in at least `corpus_min_documents` documents of the same source (metadata `source`/`domain`/ \
            `site`, else the folder). Removed spans become `removed` annotations labelled with their rule \
            (keep_removed: true keeps the text and only annotates). Documents left with less than \
            `min_content_bytes` are dropped.
            """,
        options: [
            StageOption("mode", .choice(["auto", "text", "html"]), default: "auto", "line rules, HTML block rules, or auto"),
            StageOption("rules", .list(.choice(BoilerplateFamilies.names)), default: .array(BoilerplateFamilies.defaultNames.map(JSONValue.string)), "rule families to use"),
            StageOption("phrases", .list(.string), default: [], "extra whole-line boilerplate phrases"),
            StageOption("phrases_file", .path, "file with extra phrases, one per line"),
            StageOption("corpus", .bool, default: false, "first pass: remove lines recurring across documents of a source"),
            StageOption("corpus_min_documents", .int, default: 8, "documents a line must appear in to count as corpus boilerplate"),
            StageOption("group_by", .string, default: "auto", "metadata key naming the source (auto: source/domain/site, else folder)"),
            StageOption("keep_removed", .bool, default: false, "keep the text, only annotate what would be removed"),
            StageOption("min_content_bytes", .int, default: 200, "drop documents with less content left (0: never)"),
            StageOption("keep_headline", .bool, default: false, "HTML mode: keep the page's headline (h1/title block)"),
        ],
        example: "- boilerplate: {corpus: true, phrases: [\"Sponsored content\"]}",
        module: "SluiceBoilerplate")

    /// The factory registered under `boilerplate`.
    public static let factory = StageFactory(description) { config -> any Stage in
        let stage = try BoilerplateStage(configuration: config)
        guard config.bool("corpus") == true else { return stage }
        return CorpusBoilerplateStage(stage: stage, minDocuments: max(2, config.int("corpus_min_documents") ?? 8))
    }

    let classifier: BoilerplateClassifier
    let mode: String
    let keepRemoved: Bool
    let groupKey: String
    let checkContent: Bool
    var stats: CorpusLineStats?

    /// Creates the stage from checked options.
    public init(configuration c: StageConfiguration) throws {
        var config = BoilerplateConfig()
        var families: BoilerplateRuleFamily = []
        for name in c.strings("rules") ?? BoilerplateFamilies.defaultNames {
            families.insert(BoilerplateFamilies.family(name))
        }
        config.enabledFamilies = families
        config.extraPhrases = c.strings("phrases") ?? []
        if let path = c.path("phrases_file") {
            do {
                let text = try FileIO.readText(path)
                config.extraPhrases += text.split(separator: "\n").map { String($0.drop { $0 == " " || $0 == "\t" }).trimmingTrailingWhitespace }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            } catch {
                throw c.error("phrases_file", "cannot read \(path): \(error.message)")
            }
        }
        let minContent = c.int("min_content_bytes") ?? 200
        if minContent < 0 { throw c.error("min_content_bytes", "must be 0 or more") }
        config.minContentBytes = minContent
        config.htmlKeepHeadline = c.bool("keep_headline") ?? false
        checkContent = minContent > 0
        classifier = BoilerplateClassifier(config: config)
        mode = c.string("mode") ?? "auto"
        keepRemoved = c.bool("keep_removed") ?? false
        groupKey = c.string("group_by") ?? "auto"
    }

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let blocks = document.annotations(.block)
        let useHTML = mode == "html" || (mode == "auto" && !blocks.isEmpty)
        let removals: [Removal]
        if useHTML {
            let converted = blocks.map(Self.boilerplateBlock)
            removals = classifier.classifyHTMLBlocks(document.text, blocks: converted, title: document.metadata["title"]?.stringValue)
        } else {
            removals = classifier.classifyPlainText(document.text, frequentLines: stats, group: Self.group(of: document, key: groupKey))
        }
        if checkContent {
            let verdict = classifier.assess(document.text, removals: removals, stopCounting: true)
            if let reason = verdict.dropReason {
                context.count("dropped_too_little_content")
                return .drop(reason: "too little content", detail: reason)
            }
        }
        guard !removals.isEmpty else { return .keep }
        for r in removals { context.count("removed:\(r.rule)") }
        var rules: [String] = []
        for r in removals where !rules.contains(r.rule) { rules.append(r.rule) }
        if keepRemoved {
            for r in removals {
                document.annotations.append(Annotation(kind: .removed, start: r.start, end: r.end, label: r.rule))
            }
            document.record(stage: context.stageName, action: .annotated, detail: "marked \(removals.count) span(s): \(rules.joined(separator: ", "))")
        } else {
            var removed = document.deleteRanges(removals.map { $0.start..<$0.end })
            removed += document.collapseBlankLines()
            document.record(stage: context.stageName, action: .modified,
                            detail: "removed \(removals.count) span(s), \(removed) bytes: \(rules.joined(separator: ", "))")
        }
        return .keep
    }

    static func boilerplateBlock(_ a: Annotation) -> BoilerplateBlock {
        BoilerplateBlock(
            start: a.start, end: a.end, tag: a.label ?? "",
            tagPath: a.attributes["tag_path"]?.stringValue ?? "",
            classAndIDText: a.attributes["class_id"]?.stringValue ?? "",
            linkTextShare: a.attributes["link_share"]?.doubleValue ?? 0,
            headingLevel: a.attributes["heading"]?.intValue ?? 0,
            depth: a.attributes["depth"]?.intValue ?? 0)
    }

    static func group(of doc: Document, key: String) -> String {
        if key != "auto" { return doc.metadata[key]?.stringValue ?? "" }
        for k in ["source", "domain", "site"] {
            if let v = doc.metadata[k]?.stringValue { return v }
        }
        return FilePaths.directory(of: doc.source.path)
    }
}

/// `boilerplate` with `corpus: true`: a first pass counts recurring lines, then ``BoilerplateStage`` runs with them.
public struct CorpusBoilerplateStage: CorpusStage {
    let stage: BoilerplateStage
    let minDocuments: Int

    public func makeSummary() -> CorpusLineCounter { CorpusLineCounter() }

    public func observe(_ document: Document, into summary: inout CorpusLineCounter, context: StageContext) {
        summary.observe(text: document.text, group: BoilerplateStage.group(of: document, key: stage.groupKey))
    }

    public func merge(_ partial: CorpusLineCounter, into total: inout CorpusLineCounter) {
        total.merge(partial)
    }

    public func makeProcessor(summary: CorpusLineCounter, context: StageContext) throws -> any Stage {
        var processor = stage
        let stats = summary.finalize(minDocuments: minDocuments, minDistinctDocuments: max(2, minDocuments * 3 / 4))
        processor.stats = stats
        context.count("corpus_lines_flagged", by: stats.flaggedLineCount)
        return processor
    }
}

/// Names of the rule families in YAML.
enum BoilerplateFamilies {
    static let table: [(String, BoilerplateRuleFamily)] = [
        ("phrases", .phrases), ("line_shape", .lineShape), ("credits", .credits), ("teasers", .teasers),
        ("c4", .c4), ("gopher", .gopher), ("corpus", .corpus), ("html", .html),
    ]
    static let names = table.map(\.0)
    static let defaultNames = table.filter { BoilerplateRuleFamily.defaults.contains($0.1) }.map(\.0)
    static func family(_ name: String) -> BoilerplateRuleFamily { table.first { $0.0 == name }?.1 ?? [] }
}

/// The stages of the `SluiceBoilerplate` module.
public enum SluiceBoilerplateModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [BoilerplateStage.factory]
}

extension String {
    /// The string without trailing spaces, tabs and carriage returns.
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
