import ArgumentParser
import SluiceCore
import SluiceEntities

/// `sluice train-entities`: trains the statistical entity tagger.
struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-entities",
        abstract: "Train the statistical entity tagger (averaged perceptron) into a model file.",
        discussion: """
            Training data: JSON Lines with {"text", "entities": [{"start", "end", "label"}]} (character offsets, end \
            exclusive) or CoNLL (token and IOB tag per line, blank line between sentences; chosen by extension \
            .conll/.iob/.tsv). Training is deterministic for a given --seed. Use the model with \
            `- entities: {model: PATH}`.
            """)

    @Argument(help: "Training data (.jsonl, or .conll/.iob/.tsv).")
    var data: String

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    @Option(help: "Passes over the training data.")
    var iterations = 10

    @Option(help: "Seed for the shuffling between passes.")
    var seed: UInt64 = 1

    func validate() throws {
        if iterations < 1 || iterations > 1000 { throw ValidationError("--iterations must be from 1 to 1000") }
    }

    func run() throws {
        let lower = data.lowercased()
        let examples: [TrainingExample]
        do {
            examples = lower.hasSuffix(".conll") || lower.hasSuffix(".iob") || lower.hasSuffix(".tsv")
                ? try TrainingExample.loadCoNLL(path: data) : try TrainingExample.loadJSONLines(path: data)
        } catch {
            throw ValidationError("cannot read training data \(data): \(error)")
        }
        guard !examples.isEmpty else { throw ValidationError("\(data) holds no training examples") }
        let mentions = examples.reduce(0) { $0 + $1.entities.count }
        Terminal.printError("training on \(examples.count) examples (\(mentions) entities), \(iterations) iterations, seed \(seed)")
        let model = EntityModel.train(examples: examples, iterations: iterations, seed: seed)
        try FileIO.makeDirectories(FilePaths.directory(of: output))
        try model.save(to: output)
        Terminal.printError("wrote \(output): \(model.featureCount) features, labels \(model.labels.map(\.rawValue).sorted().joined(separator: ", "))")
    }
}
