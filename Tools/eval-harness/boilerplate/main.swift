// HTML-mode evaluation harness: decode each page's `html` with SluiceDecode (libxml2), classify the
// blocks with SluiceBoilerplate, write {"id","text"} predictions for score.py, and time both steps.
//
//   bp-html-eval GOLD.jsonl PRED.jsonl [--all-text] [--debug ID-SUBSTRING|*] [--bench PASSES]
//
// --debug prints one line per block (rule or KEEP, link share, tag path, nearest class tokens, text).
// --bench additionally times, best of PASSES passes over all pages (build with -c release):
// the classifier alone on pre-decoded blocks, the decoder alone, and decode + block conversion + classify.
// Then:
//   python3 ../shared/eval/boilerplate/score.py --gold GOLD.jsonl --pred PRED.jsonl
import Foundation
import SluiceBoilerplate
import SluiceDecode

let args = CommandLine.arguments
guard args.count >= 3 else {
    print("usage: bp-html-eval GOLD.jsonl PRED.jsonl [--all-text] [--debug ID-SUBSTRING|*] [--bench PASSES]")
    exit(2)
}
let allText = args.contains("--all-text")
let data = FileManager.default.contents(atPath: args[1])!
var pages: [(id: String, html: [UInt8])] = []
for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    let obj = try! JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
    pages.append((obj["id"] as! String, Array((obj["html"] as! String).utf8)))
}
let decoder = TextDecoder(options: DecodeOptions(html: .always))
let classifier = BoilerplateClassifier()

/// The decoder's blocks in the classifier's terms (the class/id string is passed through, not split).
func boilerplateBlocks(_ d: DecodedText) -> [BoilerplateBlock] {
    d.blocks.map {
        BoilerplateBlock(start: $0.start, end: $0.end, tag: $0.tag, tagPath: $0.tagPath, classAndIDText: $0.classAndID,
                         linkTextShare: $0.linkTextShare, headingLevel: $0.headingLevel, depth: $0.depth)
    }
}

var out = ""
var decodeNs: UInt64 = 0, classifyNs: UInt64 = 0
var htmlBytes = 0
for p in pages {
    htmlBytes += p.html.count
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard let decoded = try? decoder.decode(bytes: p.html, hint: .html) else { continue }
    let t1 = DispatchTime.now().uptimeNanoseconds
    let blocks = boilerplateBlocks(decoded)
    let removals = allText ? [] : classifier.classifyHTMLBlocks(decoded.text, blocks: blocks, title: decoded.title)
    let t2 = DispatchTime.now().uptimeNanoseconds
    decodeNs += t1 - t0
    classifyNs += t2 - t1
    let text = BoilerplateClassifier.apply(removals, to: decoded.text)
    if let k = args.firstIndex(of: "--debug"), k + 1 < args.count, args[k + 1] == "*" || p.id.contains(args[k + 1]) {
        print("### \(p.id)")
        let u = Array(decoded.text.utf8)
        for b in blocks {
            let rule = removals.first { $0.start <= b.start && $0.end > b.start }?.rule ?? "KEEP"
            let t = String(decoding: u[max(0, b.start)..<min(b.end, u.count)], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            print("\(rule.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%.2f", b.linkTextShare)) \(b.tagPath.suffix(40)) [\(b.classAndID.suffix(12).joined(separator: " "))] \(t.prefix(70))")
        }
    }
    let obj: [String: Any] = ["id": p.id, "text": text]
    out += String(decoding: try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]), as: UTF8.self) + "\n"
}
try! out.write(toFile: args[2], atomically: true, encoding: .utf8)
let mb = Double(htmlBytes) / 1e6
print(String(format: "%d pages, %.1f MB HTML; decode %.3f s (%.1f MB/s), classify %.3f s (%.1f MB/s), total %.1f MB/s",
             pages.count, mb, Double(decodeNs) / 1e9, mb / (Double(decodeNs) / 1e9),
             Double(classifyNs) / 1e9, mb / (Double(classifyNs) / 1e9), mb / (Double(decodeNs + classifyNs) / 1e9)))

if let k = args.firstIndex(of: "--bench"), k + 1 < args.count, let passes = Int(args[k + 1]), passes > 0 {
    func best(_ body: () -> Int) -> Double {
        var b = Double.infinity
        var sink = 0
        for _ in 0..<passes {
            let t0 = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            b = min(b, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        if sink == -1 { print("") }  // keeps the work observable
        return b
    }
    let decoded = pages.map { try! decoder.decode(bytes: $0.html, hint: .html) }
    let converted = decoded.map(boilerplateBlocks)
    let tClassify = best {
        var n = 0
        for (d, b) in zip(decoded, converted) { n += classifier.classifyHTMLBlocks(d.text, blocks: b, title: d.title).count }
        return n
    }
    let tDecode = best {
        var n = 0
        for p in pages { n += (try! decoder.decode(bytes: p.html, hint: .html)).blocks.count }
        return n
    }
    let tAll = best {
        var n = 0
        for p in pages {
            let d = try! decoder.decode(bytes: p.html, hint: .html)
            n += classifier.classifyHTMLBlocks(d.text, blocks: boilerplateBlocks(d), title: d.title).count
        }
        return n
    }
    print(String(format: "bench, best of %d: classify %.1f MB/s (%.1f ms), decode %.1f MB/s, decode+classify %.1f MB/s",
                 passes, mb / tClassify, tClassify * 1000, mb / tDecode, mb / tAll))
}
