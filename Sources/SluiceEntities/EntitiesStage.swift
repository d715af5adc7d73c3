import OrderedCollections
import SluiceCore

/// The `entities` stage: tags people, organisations, places, nationalities, dates, times, money, percentages
/// and quantities, with canonical names.
public struct EntitiesStage: DocumentStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "entities",
        summary: "tag named entities (PERSON, ORG, LOC, NORP, DATE, TIME, MONEY, PERCENT, QUANTITY, ...)",
        discussion: """
            The default tagger needs no model: gazetteers (countries and regions from CLDR, cities, international \
            organisations, nationalities, plus `gazetteers` files in TSV `surface<TAB>label[<TAB>canonical]` or \
            YAML), title and suffix rules, capitalised-phrase candidates, and pattern recognisers for dates, times, \
            money, percentages and quantities. Within a document a later `Putin` gets the label and canonical name \
            of an earlier `Vladimir Putin`. `model` loads a statistical tagger trained with `sluice train-entities`. \
            Uses `sentence` annotations when an earlier stage made them. Each entity is an `entity` annotation \
            with label, `canonical` and `source` (the rule or gazetteer that fired).
            """,
        options: [
            StageOption("labels", .list(.choice(EntityLabel.allCases.map(\.rawValue))),
                        default: .array(EntityLabel.allCases.map { .string($0.rawValue) }), "labels to emit"),
            StageOption("gazetteers", .list(.path), default: [], "user gazetteer files (.tsv or .yaml)"),
            StageOption("builtin_gazetteer", .bool, default: true, "use the shipped gazetteer"),
            StageOption("model", .path, "a model trained with `sluice train-entities`"),
            StageOption("consistency", .bool, default: true, "propagate labels and canonical names within a document"),
        ],
        example: "- entities: {gazetteers: [people.tsv]}",
        module: "SluiceEntities")

    /// The factory registered under `entities`.
    public static let factory = StageFactory(description) { config in try EntitiesStage(configuration: config) }

    let tagger: EntityTagger

    /// Creates the stage from checked options.
    public init(configuration c: StageConfiguration) throws {
        let labels = Set((c.strings("labels") ?? []).compactMap { EntityLabel(rawValue: $0) })
        let gazetteers = (c.value("gazetteers")?.arrayValue ?? []).compactMap(\.stringValue).map { FilePaths.resolve($0, against: c.baseDirectory) }
        for path in gazetteers where FileIO.kind(of: path) != .file {
            throw c.error("gazetteers", "cannot read gazetteer \(path)")
        }
        let modelPath = c.path("model")
        if let modelPath, FileIO.kind(of: modelPath) != .file { throw c.error("model", "no model file at \(modelPath)") }
        let config = EntityTaggerConfig(
            labels: labels.isEmpty ? Set(EntityLabel.allCases) : labels,
            useBuiltInGazetteer: c.bool("builtin_gazetteer") ?? true,
            gazetteerPaths: gazetteers, modelPath: modelPath, consistency: c.bool("consistency") ?? true)
        do {
            tagger = try EntityTagger(config: config)
        } catch {
            throw StageConfigurationError(option: modelPath != nil ? "model" : "gazetteers", message: "\(error)")
        }
    }

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let sentences = document.ranges(of: .sentence)
        document.removeAnnotations(.entity)
        var perLabel = [Int](repeating: 0, count: EntityLabel.allCases.count)
        var text = document.text
        text.withUTF8 { bytes in
            tagger.forEachMention(utf8: bytes, sentences: sentences.isEmpty ? nil : sentences,
                                  willVisit: { document.annotations.reserveCapacity(document.annotations.count + $0) }) { start, end, c in
                // One shared key array; only the values are built per mention.
                let values: ContiguousArray<JSONValue> = [c.canonical.map(JSONValue.string) ?? .null, .string(c.source)]
                let attributes = JSONObject(uncheckedUniqueKeys: Self.attributeKeys, values: values)
                document.annotations.append(Annotation(kind: .entity, start: start, end: end, label: c.label.rawValue, attributes: attributes))
                perLabel[c.label.index] += 1
            }
        }
        for label in EntityLabel.allCases where perLabel[label.index] > 0 { context.count(label.rawValue, by: perLabel[label.index]) }
        return .keep
    }

    /// The attribute names of an `entity` annotation, in output order.
    static let attributeKeys: ContiguousArray<String> = ["canonical", "source"]
}

/// The stages of the `SluiceEntities` module.
public enum SluiceEntitiesModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [EntitiesStage.factory]
}
