import ArgumentParser
import Dispatch
import Foundation
import SluiceCore

/// `sluice bench`: the benchmark suite. Runs the pipelines of `benchmarks/pipelines/` over generated corpora
/// with each worker count, in child processes, and prints Markdown tables of throughput, CPU and peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the benchmark suite and print throughput (MB/s, docs/s), CPU and peak memory tables.",
        discussion: """
            Build in release mode first (swift build -c release, then .build/release/sluice bench). Corpora come \
            from ../shared/eval/perf/make_corpus.py (profiles small ≈ 9 MB, medium ≈ 187 MB, large ≈ 935 MB) and \
            are kept in the work folder. MB/s and docs/s are wall-clock; MB/CPU-s divides by the run's user + \
            system CPU time, the per-core figure that stays meaningful on a shared machine. Not a unit test: run \
            it on a quiet machine (the load average is printed).
            """)

    @Option(help: "Corpus profiles, comma-separated: small, medium, large.")
    var profile = "small"

    @Option(help: "Pipelines (names in the pipelines folder), comma-separated, or all.")
    var suites = "runner-overhead"

    @Option(help: "Worker counts, comma-separated.")
    var workers = "1,2"

    @Option(help: "Runs per configuration; the fastest is reported.")
    var repeats = 3

    @Option(help: "Folder of benchmark pipelines.")
    var pipelines = "benchmarks/pipelines"

    @Option(help: "Folder for generated corpora and run outputs.")
    var work = "benchmarks/.work"

    @Option(help: "The shared material folder (corpus generator, evaluation pages).")
    var shared = "../shared"

    func validate() throws {
        if repeats < 1 { throw ValidationError("--repeats must be 1 or more") }
        if workerCounts.isEmpty || workerCounts.contains(where: { $0 < 1 }) { throw ValidationError("--workers: positive numbers, e.g. 1,2") }
    }

    private var workerCounts: [Int] { workers.split(separator: ",").compactMap { Int($0) } }

    func run() throws {
        let binary = SlurmExecutor.executablePath()
        // Absolute paths: pipelines resolve relative paths (the 1M gazetteer) against their own folder.
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : cwd + "/" + path }
        let work = absolute(self.work), pipelines = absolute(self.pipelines)
        let corpus = BenchCorpus(workDirectory: work, sharedDirectory: absolute(shared))
        var names = suites.split(separator: ",").map(String.init)
        if names == ["all"] {
            names = ((try? FileManager.default.contentsOfDirectory(atPath: pipelines)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        }
        for name in names where !FileManager.default.fileExists(atPath: pipelines + "/" + name + ".yaml") {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: pipelines)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw ValidationError("no benchmark pipeline \"\(name)\" in \(pipelines) (known: \(known.joined(separator: ", ")))")
        }
        let profiles = profile.split(separator: ",").map(String.init)
        var load = [0.0, 0, 0]
        _ = getloadavg(&load, 3)
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30)
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Int(memory.rounded())) GiB, "
              + "\(Self.today()), load average \(Self.format(load[0], 2)) at start; best of \(repeats) runs (wall MB/s range in brackets)")
        var results: [String: BenchMeasurement] = [:]
        for p in profiles {
            let main = try corpus.generated(profile: p, format: "jsonl")
            let size = Double(FileIO.size(of: main) ?? 0) / 1e6
            print("\ncorpus: \(main) (\(Self.format(size, 1)) MB); cat floor: \(Int(BenchMeasurement.catFloor(main))) MB/s\n")
            print("| pipeline | workers | MB/s | MB/CPU-s | docs/s | peak RSS (MiB) | docs in | written | per stage: MB per its CPU-second |")
            print("|---|---|---|---|---|---|---|---|---|")
            for suite in names {
                let input = try corpus.input(suite: suite, profile: p)
                let environment = suite == "entities-1m" ? ["GAZETTEER": try corpus.gazetteer()] : [:]
                for w in workerCounts {
                    var runs: [BenchMeasurement] = []
                    for _ in 0..<repeats {
                        runs.append(try BenchMeasurement.run(
                            binary: binary, pipeline: pipelines + "/" + suite + ".yaml", input: input,
                            output: work + "/out/\(suite)-\(p)-w\(w)", workers: w, environment: environment))
                    }
                    let best = runs.min { $0.wallSeconds < $1.wallSeconds }!
                    results["\(p)/\(suite)/\(w)"] = best
                    let rates = runs.map(\.megabytesPerSecond)
                    let perStage = best.stages.filter { $0.seconds > 0 && $0.bytesIn > 0 }
                        .map { "\($0.name) \(Int(Double($0.bytesIn) / 1e6 / $0.seconds))" }.joined(separator: ", ")
                    print("| \(suite) | \(w) | \(Self.format(best.megabytesPerSecond, 1)) [\(Self.format(rates.min()!, 1))–\(Self.format(rates.max()!, 1))] "
                          + "| \(Self.format(best.megabytesPerCPUSecond, 1)) | \(Int(best.documentsPerSecond.rounded())) "
                          + "| \(best.peakRSSBytes >> 20) | \(best.documentsIn) | \(best.documentsWritten) | \(perStage) |")
                    fflush(nil)  // rows appear as they are measured
                }
            }
        }
        if workerCounts.count > 1, workerCounts[0] == 1 {
            print("\nspeed-up over 1 worker (wall time of the best runs)\n")
            print("| corpus | pipeline | " + workerCounts.dropFirst().map { "\($0) workers" }.joined(separator: " | ") + " |")
            print("|---|---|" + String(repeating: "---|", count: workerCounts.count - 1))
            for p in profiles {
                for suite in names {
                    guard let one = results["\(p)/\(suite)/1"] else { continue }
                    let cells = workerCounts.dropFirst().map { w in
                        results["\(p)/\(suite)/\(w)"].map { Self.format(one.wallSeconds / $0.wallSeconds, 2) + "×" } ?? "—"
                    }
                    print("| \(p) | \(suite) | " + cells.joined(separator: " | ") + " |")
                }
            }
        }
        if profiles.count > 1 {
            print("\nscaling with corpus size: CPU milliseconds per MB (constant = linear cost) and peak RSS\n")
            print("| pipeline | workers | " + profiles.map { "\($0): CPU ms per MB, peak RSS MiB" }.joined(separator: " | ") + " |")
            print("|---|---|" + String(repeating: "---|", count: profiles.count))
            for suite in names {
                for w in workerCounts {
                    let cells = profiles.map { p in
                        results["\(p)/\(suite)/\(w)"].map {
                            "\(Self.format($0.cpuSeconds / (Double($0.inputBytes) / 1e6) * 1000, 1)) ms, \($0.peakRSSBytes >> 20)"
                        } ?? "—"
                    }
                    print("| \(suite) | \(w) | " + cells.joined(separator: " | ") + " |")
                }
            }
        }
    }

    private static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    private static func today() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
