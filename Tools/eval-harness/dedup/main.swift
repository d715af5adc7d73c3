// Dedup eval / benchmark harness for SluiceDedup.
//
// Usage:
//   dedup-eval <corpus.jsonl> [--threshold 0.5] [--thresholds 0.3,0.4,...] [--shingle 3] [--unit word|character]
//              [--bands 32] [--rows 4] [--method both|exact|minhash] [--confirm estimated|exact]
//              [--keep first|longest] [--mode stream|resolve] [--workers 2]
//              [--out-prefix /tmp/pred] [--check-incremental] [--check-determinism]
// Writes <out-prefix>-t<threshold>.jsonl with {"id","cluster","duplicate_of","similarity","kind"} per
// document (input order), prints throughput (signature phase CPU MB/s per core, decide phase), and
// index bytes per document. Score with score_pairs.py.
import Dispatch
import Foundation
import SluiceDedup

struct Doc: Decodable { let id: String; let text: String }

func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
func wallSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let args = Array(CommandLine.arguments.dropFirst())
guard let corpusPath = args.first else {
    FileHandle.standardError.write(Data("usage: dedup-eval <corpus.jsonl> [options]\n".utf8))
    exit(2)
}
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
func flag(_ name: String) -> Bool { args.contains(name) }

var config = DedupConfig()
if let v = option("--shingle") { config.shingleSize = Int(v)! }
if let v = option("--unit") { config.shingleUnit = DedupConfig.ShingleUnit(rawValue: v)! }
if let v = option("--bands") { config.bands = Int(v)! }
if let v = option("--rows") { config.rows = Int(v)! }
config.numHashes = config.bands * config.rows
if let v = option("--method") { config.method = DedupConfig.Method(rawValue: v)! }
if let v = option("--confirm") { config.confirmation = DedupConfig.Confirmation(rawValue: v)! }
if let v = option("--keep") { config.keep = DedupConfig.KeepRule(rawValue: v)! }
if let v = option("--threshold") { config.threshold = Double(v)! }
let thresholds: [Double] = option("--thresholds").map { $0.split(separator: ",").map { Double($0)! } } ?? [config.threshold]
let mode = option("--mode") ?? (config.keep == .longest ? "resolve" : "stream")
let workers = Int(option("--workers") ?? "2")!
let outPrefix = option("--out-prefix")

// Load corpus (not timed as dedup work).
let t0 = wallSeconds()
let raw = try String(contentsOfFile: corpusPath, encoding: .utf8)
let decoder = JSONDecoder()
let docs: [Doc] = try raw.split(separator: "\n", omittingEmptySubsequences: true).map {
    try decoder.decode(Doc.self, from: Data($0.utf8))
}
let textBytes = docs.reduce(0) { $0 + $1.text.utf8.count }
print(String(format: "loaded %d docs, %.1f MB of text in %.1f s", docs.count, Double(textBytes) / 1e6, wallSeconds() - t0))
print("config: method=\(config.method) unit=\(config.shingleUnit) shingle=\(config.shingleSize) hashes=\(config.numHashes) bands=\(config.bands)x\(config.rows) confirm=\(config.confirmation) keep=\(config.keep) mode=\(mode) lshMidpoint=\(String(format: "%.3f", config.lshMidpoint))")

final class SignatureBox: @unchecked Sendable {
    var sigs: [DocumentSignature?]
    init(_ n: Int) { sigs = Array(repeating: nil, count: n) }
}

/// Signature phase: chunks of 64 documents spread over `workers` threads.
@MainActor func computeSignatures(_ dedup: Deduplicator, workers: Int) -> [DocumentSignature] {
    let box = SignatureBox(docs.count)
    let chunk = 64
    let chunks = (docs.count + chunk - 1) / chunk
    let texts = docs.map(\.text)
    box.sigs.withUnsafeMutableBufferPointer { buf in
        nonisolated(unsafe) let out = buf
        if workers <= 1 {
            for i in 0..<texts.count { out[i] = dedup.signature(of: texts[i]) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(texts.count, (c + 1) * chunk) { out[i] = dedup.signature(of: texts[i]) }
            }
        }
    }
    return box.sigs.map { $0! }
}

let dedup = Deduplicator(config)
var c0 = cpuSeconds(), w0 = wallSeconds()
let sigs = computeSignatures(dedup, workers: workers)
var cpu = cpuSeconds() - c0, wall = wallSeconds() - w0
print(String(format: "signature phase: %d workers, wall %.2f s (%.1f MB/s, %.0f docs/s), CPU %.2f s (%.1f MB/s per core)",
             workers, wall, Double(textBytes) / 1e6 / wall, Double(docs.count) / wall, cpu, Double(textBytes) / 1e6 / cpu))

if flag("--check-determinism") {
    let single = computeSignatures(dedup, workers: 1)
    print("determinism: signatures with 1 worker == with \(workers) workers: \(single == sigs)")
}

@MainActor func run(_ cfg: DedupConfig, range: Range<Int>, into index: DedupIndex) -> [DedupDecision] {
    if mode == "resolve" {
        for i in range { index.observe(sigs[i], documentID: docs[i].id) }
        return index.resolve()
    }
    return range.map { index.decide(sigs[$0], documentID: docs[$0].id) }
}

func jsonString(_ s: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [s], options: []), as: UTF8.self).dropFirst().dropLast().description
}

for t in thresholds {
    var cfg = config
    cfg.threshold = t
    let index = DedupIndex(config: cfg)
    c0 = cpuSeconds(); w0 = wallSeconds()
    let decisions = run(cfg, range: 0..<docs.count, into: index)
    cpu = cpuSeconds() - c0; wall = wallSeconds() - w0
    let dups = decisions.filter(\.isDuplicate).count
    print(String(format: "threshold %.2f: %d duplicates; decide phase CPU %.3f s (%.0f MB/s, %.0f docs/s); index %.0f bytes/doc (%d signatures)",
                 t, dups, cpu, Double(textBytes) / 1e6 / cpu, Double(docs.count) / cpu, index.bytesPerDocument, index.signatureCount))
    if let prefix = outPrefix {
        var out = ""
        for (doc, d) in zip(docs, decisions) {
            switch d {
            case .unique(let c):
                out += "{\"id\":\(jsonString(doc.id)),\"cluster\":\(jsonString(c)),\"duplicate_of\":null}\n"
            case .duplicate(let of, let c, let sim, let kind):
                out += "{\"id\":\(jsonString(doc.id)),\"cluster\":\(jsonString(c)),\"duplicate_of\":\(jsonString(of)),\"similarity\":\(String(format: "%.4f", sim)),\"kind\":\"\(kind.rawValue)\"}\n"
            }
        }
        let path = "\(prefix)-t\(String(format: "%.2f", t)).jsonl"
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        print("  wrote \(path)")
    }
}

if flag("--check-incremental") {
    // A then B through a saved index must keep the same documents as A+B at once.
    let half = docs.count / 2
    let whole = DedupIndex(config: config)
    let all = run(config, range: 0..<docs.count, into: whole)
    let a = DedupIndex(config: config)
    var inc = run(config, range: 0..<half, into: a)
    let path = NSTemporaryDirectory() + "dedup-eval-index.bin"
    try a.save(to: path)
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let b = try DedupIndex.load(from: path, config: config)
    if mode == "resolve" {
        for i in half..<docs.count { b.observe(sigs[i], documentID: docs[i].id) }
        inc = b.resolve()
    } else {
        inc += (half..<docs.count).map { b.decide(sigs[$0], documentID: docs[$0].id) }
    }
    let keptAll = Set(zip(docs, all).filter { !$0.1.isDuplicate }.map(\.0.id))
    let keptInc = Set(zip(docs, inc).filter { !$0.1.isDuplicate }.map(\.0.id))
    print("incremental: saved index \(size) bytes (\(size / max(half, 1)) bytes/doc); kept set A-then-B == A+B: \(keptAll == keptInc) (\(keptAll.count) vs \(keptInc.count))")
    // Shard merge: index A and B separately, then merge B into A.
    let sa = DedupIndex(config: config), sb = DedupIndex(config: config)
    for i in 0..<half { sa.observe(sigs[i], documentID: docs[i].id) }
    for i in half..<docs.count { sb.observe(sigs[i], documentID: docs[i].id) }
    _ = try sa.merge(sb)
    let whole2 = DedupIndex(config: config)
    for i in 0..<docs.count { whole2.observe(sigs[i], documentID: docs[i].id) }
    print("merge: resolve(A merged with B) == resolve(A+B): \(sa.resolve() == whole2.resolve())")
}
