import Foundation
import SluiceCore

/// The inputs of the benchmark suite: corpora made by the generator in `../shared/eval/perf/` (real news text with
/// injected boilerplate and known duplicates), the article-extraction pages for the HTML suites, and a
/// made-up 1,000,000-entry gazetteer for the gazetteer-scaling suite. Generated once, kept in the work folder.
struct BenchCorpus {
    /// Where generated inputs and run outputs go (`benchmarks/.work`).
    let workDirectory: String
    /// The shared material folder (`../shared`).
    let sharedDirectory: String

    /// The input a suite reads for a corpus profile (`small`, `medium`, `large`).
    func input(suite: String, profile: String) throws -> String {
        switch suite {
        case "decode-html", "boilerplate-html":
            let path = sharedDirectory + "/eval/boilerplate/scrapinghub_dev.jsonl"
            guard FileManager.default.fileExists(atPath: path) else { throw BenchError("missing \(path)") }
            return path
        case "decode-text":
            return try generated(profile: profile, format: "txt")
        default:
            return try generated(profile: profile, format: "jsonl")
        }
    }

    /// `WORK/corpus/PROFILE.jsonl` (or the folder `PROFILE_txt`), generated with `make_corpus.py --seed 1` if absent.
    func generated(profile: String, format: String) throws -> String {
        let dir = workDirectory + "/corpus"
        let path = dir + "/" + profile + (format == "jsonl" ? ".jsonl" : "_txt")
        if FileManager.default.fileExists(atPath: path) { return path }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let perf = sharedDirectory + "/eval/perf"
        FileHandle.standardError.write(Data("generating \(path) with \(perf)/make_corpus.py ...\n".utf8))
        try runTool("python3", [
            perf + "/make_corpus.py", "--seed-jsonl", perf + "/real_news.jsonl", "--profile", profile, "--seed", "1",
            "--formats", format, "--out-dir", dir, "--name", profile,
        ])
        guard FileManager.default.fileExists(atPath: path) else { throw BenchError("the generator did not write \(path)") }
        return path
    }

    /// A user gazetteer (TSV) with 1,000,000 made-up multi-word entries, for the `entities-1m` suite.
    func gazetteer() throws -> String {
        let path = workDirectory + "/gazetteer-1m.tsv"
        if FileManager.default.fileExists(atPath: path) { return path }
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        let syllables = ["ka", "lo", "mi", "ren", "tor", "vas", "quel", "dor", "bin", "sha", "te", "ru", "nox", "pel"]
        let labels = ["PERSON", "ORG", "LOC"]
        var rng = SplitMix64(seed: 1)
        func next(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        var out: [UInt8] = []
        out.reserveCapacity(24_000_000)
        for i in 0..<1_000_000 {
            let words = (0..<(1 + next(3))).map { _ in
                (0..<(2 + next(2))).map { _ in syllables[next(syllables.count)] }.joined().capitalized
            }
            out.append(contentsOf: (words.joined(separator: " ") + "\t" + labels[i % 3] + "\n").utf8)
        }
        try FileIO.writeAtomically(out, to: path)
        return path
    }

    private func runTool(_ tool: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("\(tool) \(args.joined(separator: " ")) failed") }
    }
}

/// A benchmark that could not run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
