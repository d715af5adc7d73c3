// Eval harness for the SluiceEntities tagger.
//   entities-eval predict GOLD.jsonl PRED.jsonl [--model MODEL]   # write {"id","entities"} with character offsets
//   entities-eval train TRAIN.jsonl MODEL [--iterations N] [--seed S]
// Score with: python3 ../shared/eval/entities/score.py GOLD.jsonl PRED.jsonl
import Foundation
import SluiceEntities

struct GoldRecord: Decodable {
    var id: String
    var text: String
}

func option(_ name: String, _ args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

/// UTF-8 byte offset → Unicode scalar (Python character) offset.
func byteToScalarOffsets(_ s: String) -> [Int] {
    var map = [Int](repeating: 0, count: s.utf8.count + 1)
    var byte = 0
    var idx = 0
    for sc in s.unicodeScalars {
        let w = UTF8.width(sc)
        for k in 0..<w { map[byte + k] = idx }
        byte += w
        idx += 1
    }
    map[byte] = idx
    return map
}

func fail(_ msg: String) -> Never {
    FileHandle.standardError.write(Data((msg + "\n").utf8))
    exit(2)
}

let args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else { fail("usage: entities-eval predict GOLD PRED [--model M] | train TRAIN MODEL [--iterations N] [--seed S]") }

switch command {
case "predict":
    guard args.count >= 3 else { fail("usage: entities-eval predict GOLD PRED [--model M]") }
    let config = EntityTaggerConfig(modelPath: option("--model", args), consistency: !args.contains("--no-consistency"))
    let tagger: EntityTagger
    do { tagger = try EntityTagger(config: config) } catch { fail("\(error)") }
    let data = try Data(contentsOf: URL(fileURLWithPath: args[1]))
    var out = ""
    var bytes = 0
    var seconds = 0.0
    for line in data.split(separator: 0x0A) where !line.isEmpty {
        let rec = try JSONDecoder().decode(GoldRecord.self, from: Data(line))
        let t0 = Date()
        let mentions = tagger.tag(rec.text)
        seconds += Date().timeIntervalSince(t0)
        bytes += rec.text.utf8.count
        let map = byteToScalarOffsets(rec.text)
        let ents: [[String: Any]] = mentions.map { ["start": map[$0.start], "end": map[$0.end], "label": $0.label.rawValue, "source": $0.source] }
        let obj: [String: Any] = ["id": rec.id, "entities": ents]
        let json = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        out += String(decoding: json, as: UTF8.self) + "\n"
    }
    try out.write(toFile: args[2], atomically: true, encoding: .utf8)
    FileHandle.standardError.write(Data(String(format: "tagged %d bytes in %.3f s (%.2f MB/s)\n", bytes, seconds, Double(bytes) / seconds / 1e6).utf8))
case "train":
    guard args.count >= 3 else { fail("usage: entities-eval train TRAIN MODEL [--iterations N] [--seed S]") }
    let examples = try TrainingExample.loadJSONLines(path: args[1])
    let iterations = Int(option("--iterations", args) ?? "") ?? 10
    let seed = UInt64(option("--seed", args) ?? "") ?? 1
    let t0 = Date()
    let model = EntityModel.train(examples: examples, iterations: iterations, seed: seed)
    try model.save(to: args[2])
    FileHandle.standardError.write(Data(String(format: "trained on %d examples, %d features, %.1f s\n", examples.count, model.featureCount, Date().timeIntervalSince(t0)).utf8))
default:
    fail("unknown command \(command)")
}
