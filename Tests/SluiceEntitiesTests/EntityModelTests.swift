import Foundation
import Testing
@testable import SluiceEntities

struct EntityModelTests {
    /// A tiny synthetic corpus: names after "met", places after "in".
    static func corpus() -> [TrainingExample] {
        let people = ["Arlo Venn", "Mira Quast", "Tobin Reyes", "Ilse Marr", "Odo Brack", "Nell Fane"]
        let places = ["Korvath", "Ulmstead", "Pellory", "Zan Dura", "Weymoor", "Astelle"]
        var out: [TrainingExample] = []
        for i in 0..<24 {
            let p = people[i % people.count], l = places[(i * 5) % places.count]
            let text = "Yesterday we met \(p) in \(l) again."
            let ps = "Yesterday we met ".utf8.count
            let ls = ps + p.utf8.count + " in ".utf8.count
            out.append(TrainingExample(text: text, entities: [
                EntityMention(start: ps, end: ps + p.utf8.count, label: .person, source: "gold"),
                EntityMention(start: ls, end: ls + l.utf8.count, label: .loc, source: "gold"),
            ]))
        }
        return out
    }

    @Test func trainsDeterministicallyAndPredicts() throws {
        let a = EntityModel.train(examples: Self.corpus(), iterations: 5, seed: 7)
        let b = EntityModel.train(examples: Self.corpus(), iterations: 5, seed: 7)
        #expect(a.weights == b.weights)
        #expect(a.index == b.index)
        #expect(a.tags == ["O", "B-PERSON", "I-PERSON", "B-LOC", "I-LOC"])
        let tagger = try EntityTagger(config: EntityTaggerConfig(model: a))
        let text = "Yesterday we met Kaspar Lund in Brevik again."
        let m = tagger.tag(text).filter { $0.label.isName }
        #expect(m.map { $0.text(in: text) } == ["Kaspar Lund", "Brevik"])
        #expect(m.map(\.label) == [.person, .loc])
        #expect(m.allSatisfy { $0.source == "model" })
    }

    @Test func saveAndLoadRoundTrip() throws {
        let model = EntityModel.train(examples: Self.corpus(), iterations: 3, seed: 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-model-\(getpid()).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        let loaded = try EntityModel.load(from: path)
        #expect(loaded.tags == model.tags)
        #expect(loaded.featureCount == model.featureCount)
        let t1 = try EntityTagger(config: EntityTaggerConfig(model: model))
        let t2 = try EntityTagger(config: EntityTaggerConfig(modelPath: path))
        let text = "Yesterday we met Arlo Venn in Pellory again."
        #expect(t1.tag(text) == t2.tag(text))
        try "garbage".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: EntityModelError.self) { try EntityModel.load(from: path) }
    }

    /// A model saved by a Sluice whose token hashes were FNV-1a would match no feature: loading it must say to
    /// train again, not tag with it.
    @Test func refusesAModelOfTheOlderHashWithAnActionableError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-old-model-\(getpid()).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "SLUICE-ENTITIES-PERCEPTRON-1\nO B-PER\n\0\0\0\0\0\0\0\0".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: EntityModelError.self) { try EntityModel.load(from: path) }
        #expect(error?.message.contains("train it again with `sluice train-entities`") == true)
        #expect(error?.message.hasPrefix(path) == true)
    }

    @Test func loadsJSONLinesWithCharacterOffsets() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-train-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = #"{"text": "Café – Émile Zola", "entities": [{"start": 7, "end": 17, "label": "PER"}]}"#
        try (line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let ex = try TrainingExample.loadJSONLines(path: path)
        #expect(ex.count == 1)
        let e = try #require(ex.first?.entities.first)
        #expect(e.label == .person)
        #expect(e.text(in: ex[0].text) == "Émile Zola")
    }

    @Test func loadsCoNLL() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-train-\(getpid()).conll").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "-DOCSTART- O\n\nJohn B-PER\nSmith I-PER\nvisited O\nParis B-LOC\n.\tO\n\nHe O\nleft O\n".write(toFile: path, atomically: true, encoding: .utf8)
        let ex = try TrainingExample.loadCoNLL(path: path)
        #expect(ex.count == 1)
        #expect(ex[0].text == "John Smith visited Paris .\nHe left")
        #expect(ex[0].entities.map { $0.text(in: ex[0].text) } == ["John Smith", "Paris"])
        #expect(ex[0].entities.map(\.label) == [.person, .loc])
    }
}
