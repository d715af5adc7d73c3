// HTML-mode evaluation harness: decode each page's `html` with SluiceDecode (libxml2), classify the
// blocks with SluiceBoilerplate, write {"id","text"} predictions for score.py, and time both steps.
//
//   bp-html-eval GOLD.jsonl PRED.jsonl [--all-text] [--debug ID-SUBSTRING]
// Companion harnesses (plain text / corpus P-R, throughput) live in /tmp/dev-boilerplate/Sources/bp-eval and bp-bench.
import Foundation
import SluiceBoilerplate
import SluiceDecode

let args = CommandLine.arguments
guard args.count >= 3 else { print("usage: bp-html-eval GOLD.jsonl PRED.jsonl [--all-text]"); exit(2) }
let allText = args.contains("--all-text")
let data = FileManager.default.contents(atPath: args[1])!
var pages: [(id: String, html: [UInt8])] = []
for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    let obj = try! JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
    pages.append((obj["id"] as! String, Array((obj["html"] as! String).utf8)))
}
let decoder = TextDecoder(options: DecodeOptions(html: .always))
let classifier = BoilerplateClassifier()
var out = ""
var decodeNs: UInt64 = 0, classifyNs: UInt64 = 0
var htmlBytes = 0
for p in pages {
    htmlBytes += p.html.count
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard let decoded = try? decoder.decode(bytes: p.html, hint: .html) else { continue }
    let t1 = DispatchTime.now().uptimeNanoseconds
    let blocks = decoded.blocks.map {
        BoilerplateBlock(start: $0.start, end: $0.end, tag: $0.tag, tagPath: $0.tagPath,
                         classAndIDText: $0.classAndID,
                         linkTextShare: $0.linkTextShare, headingLevel: $0.headingLevel, depth: $0.depth)
    }
    let removals = allText ? [] : classifier.classifyHTMLBlocks(decoded.text, blocks: blocks, title: decoded.title)
    let t2 = DispatchTime.now().uptimeNanoseconds
    decodeNs += t1 - t0
    classifyNs += t2 - t1
    let text = BoilerplateClassifier.apply(removals, to: decoded.text)
    if let k = args.firstIndex(of: "--debug"), args[k + 1] == "*" || p.id.contains(args[k + 1]) {
        print("### \(p.id)")
        let u = Array(decoded.text.utf8)
        for b in blocks {
            let rule = removals.first { $0.start <= b.start && $0.end > b.start }?.rule ?? "KEEP"
            let t = String(decoding: u[max(0, b.start)..<min(b.end, u.count)], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            print("\(rule.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%.2f", b.linkTextShare)) \(b.tagPath.suffix(40)) [\(b.classAndID.suffix(12).joined(separator: " "))] \(t.prefix(70))")
        }
    }
    let obj: [String: Any] = ["id": p.id, "text": text]
    out += String(decoding: try! JSONSerialization.data(withJSONObject: obj), as: UTF8.self) + "\n"
}
try! out.write(toFile: args[2], atomically: true, encoding: .utf8)
let mb = Double(htmlBytes) / 1e6
print(String(format: "%d pages, %.1f MB HTML; decode %.3f s (%.1f MB/s), classify %.3f s (%.1f MB/s), total %.1f MB/s",
             pages.count, mb, Double(decodeNs) / 1e9, mb / (Double(decodeNs) / 1e9),
             Double(classifyNs) / 1e9, mb / (Double(classifyNs) / 1e9), mb / (Double(decodeNs + classifyNs) / 1e9)))
