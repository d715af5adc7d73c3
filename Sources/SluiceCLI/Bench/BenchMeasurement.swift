import Dispatch
import Foundation
import OrderedCollections
import SluiceCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One benchmark run: `sluice run` in a child process (so that peak memory is the run's own), its `stats.json`,
/// and its CPU time (user + system, from the kernel's accounting of waited-for children).
struct BenchMeasurement {
    /// Wall-clock seconds of the run (from stats.json: reading to the last output renamed).
    var wallSeconds: Double
    /// User + system CPU seconds of the child process.
    var cpuSeconds: Double
    /// Decompressed input bytes.
    var inputBytes: Int
    /// Documents read and written.
    var documentsIn: Int
    var documentsWritten: Int
    /// Peak resident memory of the run, in bytes.
    var peakRSSBytes: Int
    /// Each stage's name, bytes in and CPU seconds.
    var stages: [(name: String, bytesIn: Int, seconds: Double)]

    var megabytesPerSecond: Double { Double(inputBytes) / 1e6 / wallSeconds }
    var megabytesPerCPUSecond: Double { Double(inputBytes) / 1e6 / cpuSeconds }
    var documentsPerSecond: Double { Double(documentsIn) / wallSeconds }

    /// Runs `pipeline` over `input` with `workers` workers, writing into `output` (emptied first).
    static func run(binary: String, pipeline: String, input: String, output: String, workers: Int,
                    environment: [String: String]) throws -> BenchMeasurement {
        try? FileManager.default.removeItem(atPath: output)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["run", pipeline, "--input", input, "--output", output, "--workers", String(workers), "--quiet"]
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        p.standardOutput = FileHandle.nullDevice
        let before = childrenCPUSeconds()
        try p.run()
        p.waitUntilExit()
        let cpu = childrenCPUSeconds() - before
        guard p.terminationStatus == 0 else {
            throw BenchError("sluice run \(pipeline) failed with status \(p.terminationStatus) (see \(output)/stats.json)")
        }
        guard case .object(let s) = try JSONParser.parse(FileIO.readBytes(output + "/stats.json")) else {
            throw BenchError("\(output)/stats.json is not a JSON object")
        }
        let accounting = s["accounting"]?.objectValue ?? [:]
        return BenchMeasurement(
            wallSeconds: s["wall_seconds"]?.doubleValue ?? 0, cpuSeconds: cpu,
            inputBytes: s["input"]?.objectValue?["file_bytes"]?.intValue ?? 0,
            documentsIn: accounting["input"]?.intValue ?? 0, documentsWritten: accounting["written"]?.intValue ?? 0,
            peakRSSBytes: s["peak_rss_bytes"]?.intValue ?? 0,
            stages: (s["stages"]?.arrayValue ?? []).compactMap { $0.objectValue }.map { st in
                (st["name"]?.stringValue ?? "?", st["bytes_in"]?.intValue ?? 0, st["seconds"]?.doubleValue ?? 0)
            })
    }

    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// `cat`'s speed on `path` (page cache to nowhere, 1 MiB reads): the floor no reader can beat.
    static func catFloor(_ path: String) -> Double {
        var best = Double.infinity
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        for _ in 0..<3 {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return 0 }
            let start = DispatchTime.now().uptimeNanoseconds
            total = 0
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                total += n
            }
            close(fd)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Double(total) / 1e6 / best
    }
}
