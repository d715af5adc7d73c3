// Eval harness for SluiceDecode: writes prediction JSONL files for the decode scorers.
// Usage: DecodeEval charsets <charsets-dir> <out.jsonl>
//        DecodeEval mojibake <mojibake_dev.jsonl> <out.jsonl>
//        DecodeEval entities <html_entities.jsonl> <out.jsonl>
import Foundation
import SluiceDecode

func jsonLine(_ object: [String: Any]) -> String {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

func readJSONL(_ path: String) -> [[String: Any]] {
    let text = try! String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
}

let args = CommandLine.arguments
guard args.count == 4 else {
    FileHandle.standardError.write(Data("usage: DecodeEval charsets|mojibake|entities <input> <out.jsonl>\n".utf8))
    exit(2)
}
var lines: [String] = []
switch args[1] {
case "charsets":
    let dir = URL(fileURLWithPath: args[2])
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".bin") }.sorted()
    let decoder = TextDecoder(options: DecodeOptions(html: .never, repairMojibake: false, normalization: .none))
    for file in files {
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
        let label: String
        do { label = try decoder.decode(bytes: bytes).charset } catch { label = "windows-1252" }
        lines.append(jsonLine(["file": file, "encoding": label]))
    }
case "mojibake":
    let decoder = TextDecoder(options: DecodeOptions(normalization: .none, decodeEntitiesInText: false))
    for record in readJSONL(args[2]) {
        let out = decoder.clean(text: record["input"] as! String).text
        lines.append(jsonLine(["id": record["id"] as! String, "output": out]))
    }
case "entities":
    for record in readJSONL(args[2]) {
        let out = HTMLEntities.decode(record["input"] as! String)
        lines.append(jsonLine(["id": record["id"] as! String, "output": out]))
    }
default:
    FileHandle.standardError.write(Data("unknown mode \(args[1])\n".utf8))
    exit(2)
}
try (lines.joined(separator: "\n") + "\n").write(toFile: args[3], atomically: true, encoding: .utf8)
print("wrote \(lines.count) predictions to \(args[3])")
