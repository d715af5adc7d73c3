// sentences-eval: runs SentenceSegmenter over a gold JSONL file of the sentence eval set and writes
// predictions for /work/shared/eval/sentences/score.py ({"id", "spans"} in Unicode scalar offsets).
//
// Usage: sentences-eval GOLD.jsonl PRED.jsonl [--language en]
// Then:  python3 ../shared/eval/sentences/score.py GOLD.jsonl PRED.jsonl
import Foundation
import SluiceSentences

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: sentences-eval GOLD.jsonl PRED.jsonl [--language CODE]\n".utf8))
    exit(2)
}
var language = "en"
if let i = args.firstIndex(of: "--language"), i + 1 < args.count { language = args[i + 1] }

let segmenter = SentenceSegmenter(language: language)
let input = try String(contentsOfFile: args[1], encoding: .utf8)
var output = ""

/// Converts ascending UTF-8 byte offsets into Unicode scalar offsets (Python `str` indices).
func scalarOffsets(_ text: String, _ byteOffsets: [Int]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(byteOffsets.count)
    var scalars = 0, byte = 0, next = 0
    for b in text.utf8 {
        while next < byteOffsets.count && byteOffsets[next] == byte { result.append(scalars); next += 1 }
        if b & 0xC0 != 0x80 { scalars += 1 }
        byte += 1
    }
    while next < byteOffsets.count { result.append(scalars); next += 1 }
    return result
}

for line in input.split(separator: "\n", omittingEmptySubsequences: true) {
    guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = obj["text"] as? String else { continue }
    let id = obj["id"] ?? ""
    let spans = segmenter.segment(text)
    var offsets: [Int] = []
    for s in spans { offsets.append(s.lowerBound); offsets.append(s.upperBound) }
    // Offsets are ascending because spans are ascending and non-overlapping.
    let converted = scalarOffsets(text, offsets)
    var pairs: [[Int]] = []
    var k = 0
    while k + 1 < converted.count { pairs.append([converted[k], converted[k + 1]]); k += 2 }
    let record: [String: Any] = ["id": id, "spans": pairs]
    let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    output += String(decoding: data, as: UTF8.self) + "\n"
}
try output.write(toFile: args[2], atomically: true, encoding: .utf8)
