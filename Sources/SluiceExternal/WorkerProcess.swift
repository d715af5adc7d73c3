import SluiceCore
import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Why a worker could not answer: it exited, it hung, or it wrote something that is not the protocol.
struct WorkerFailure: Error, Sendable, CustomStringConvertible {
    /// What happened, with the worker's stderr tail when there is one.
    var message: String
    var description: String { message }
}

/// One long-lived worker process with pipes on its stdin, stdout and stderr.
///
/// Spawned with `posix_spawn` (its own process group, so a terminal's Ctrl-C reaches only `sluice`, which then
/// finishes in-flight batches) and driven with `poll(2)`: one thread writes the request and reads the replies at
/// the same time, so neither side can block on a full pipe, and every exchange has a deadline. The pool hands a
/// worker to one thread at a time, hence `@unchecked Sendable`.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private var inputOpen = true
    private var errorsOpen = true
    private var pending: [UInt8] = []
    private var tail = StderrTail()
    private var exitDescription: String?

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit {
        // Each descriptor is closed exactly once: closing a number twice could close another worker's pipe.
        if inputOpen { close(input) }
        close(output)
        close(errors)
    }

    /// Starts `arguments` in `directory` with `environment` added to this process's environment.
    static func spawn(_ arguments: [String], directory: String, environment: [String: String]) throws(WorkerFailure) -> WorkerProcess {
        // `sh` changes directory, then execs the command: the pid stays the worker's.
        let argv = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory] + arguments
        var env: [String] = []
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "="), environment[String(s[..<eq])] != nil { p += 1; continue }
            env.append(s)
            p += 1
        }
        env += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

        // Pipes are made close-on-exec so that no worker inherits another worker's pipe ends (it would keep
        // that worker's stdin open after sluice closes it). `pipe2` is not visible from Swift, so creating them
        // and spawning happen under one lock: no other spawn can run between `pipe` and `fcntl`.
        return try spawnLock.withLock { _ throws(WorkerFailure) in
            try spawnLocked(argv, env: env)
        }
    }

    private static func spawnLocked(_ argv: [String], env: [String]) throws(WorkerFailure) -> WorkerProcess {
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
            throw WorkerFailure(message: "cannot create pipes: \(errnoText())")
        }
        for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)  // sluice ignores SIGPIPE; the worker gets the default back
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            for a in cArgs { free(a) }
            for e in cEnv { free(e) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, &cEnv)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard status == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0]); close(stderrPipe[0])
            throw WorkerFailure(message: "cannot start /bin/sh: \(String(cString: strerror(status)))")
        }
        for fd in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return WorkerProcess(pid: pid, input: stdinPipe[1], output: stdoutPipe[0], errors: stderrPipe[0])
    }

    /// Writes `request` and reads `replies` newline-terminated lines, all within `timeout` seconds.
    func exchange(_ request: [UInt8], replies: Int, timeout: Double) throws(WorkerFailure) -> [[UInt8]] {
        let deadline = monotonicSeconds() + timeout
        var written = 0
        var lines: [[UInt8]] = []
        lines.reserveCapacity(replies)
        takeLines(into: &lines, limit: replies)
        while lines.count < replies {
            let left = deadline - monotonicSeconds()
            if left <= 0 {
                kill()
                throw WorkerFailure(message: "no answer within \(Self.seconds(timeout)) (worker killed)" + stderrSuffix())
            }
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            let writing = written < request.count
            if writing { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { throw WorkerFailure(message: "poll failed: \(errnoText())") }
            if ready <= 0 { continue }
            if errorsOpen && fds[1].revents != 0 { drainErrors() }
            if writing, let last = fds.last, last.revents != 0 {
                let n = request.withUnsafeBytes { Glibc.write(input, $0.baseAddress! + written, request.count - written) }
                if n > 0 {
                    written += n
                } else if n < 0 && errno != EAGAIN && errno != EINTR {
                    throw died("while reading its input (\(errnoText()))")
                }
            }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress!, $0.count) }
                if n == 0 { throw died("before answering") }
                if n < 0 {
                    if errno == EAGAIN || errno == EINTR { continue }
                    throw died("(read failed: \(errnoText()))")
                }
                pending.append(contentsOf: chunk[0..<n])
                takeLines(into: &lines, limit: replies)
            }
        }
        if written < request.count {
            kill()
            throw WorkerFailure(message: "answered before reading its whole input (worker killed)" + stderrSuffix())
        }
        return lines
    }

    /// True if output arrived that no request asked for (left over from the last exchange).
    var hasUnreadOutput: Bool { !pending.isEmpty }

    /// The last lines the worker wrote to stderr.
    var stderrTail: String { tail.text }

    /// Closes stdin (the worker should exit), waits up to `grace` seconds, then kills it.
    func stop(grace: Double) {
        if inputOpen {
            close(input)
            inputOpen = false
        }
        let deadline = monotonicSeconds() + grace
        while monotonicSeconds() < deadline {
            if reap(blocking: false) { return }
            drainErrors()
            usleep(5_000)
        }
        kill()
    }

    /// Kills the worker's process group and reaps it.
    func kill() {
        if exitDescription != nil { return }
        _ = Glibc.kill(-pid, SIGKILL)
        _ = Glibc.kill(pid, SIGKILL)
        _ = reap(blocking: true)
    }

    // MARK: - Internals

    private func died(_ when: String) -> WorkerFailure {
        // Give the process a moment to exit and flush stderr, so the reason says how it ended.
        let deadline = monotonicSeconds() + 1
        while !reap(blocking: false) && monotonicSeconds() < deadline { usleep(2_000) }
        if exitDescription == nil { kill() }
        drainErrors()
        return WorkerFailure(message: "worker \(exitDescription ?? "stopped") \(when)" + stderrSuffix())
    }

    private func stderrSuffix() -> String {
        drainErrors()
        let text = tail.text
        return text.isEmpty ? "" : "; stderr: \(text)"
    }

    private func drainErrors() {
        guard errorsOpen else { return }
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress!, $0.count) }
            if n > 0 {
                tail.append(chunk[0..<n])
            } else {
                if n == 0 { errorsOpen = false }
                return
            }
        }
    }

    @discardableResult
    private func reap(blocking: Bool) -> Bool {
        if exitDescription != nil { return true }
        var status: Int32 = 0
        let r = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        guard r == pid else { return r < 0 }
        let signal = status & 0x7f
        exitDescription = signal == 0 ? "exited with status \((status >> 8) & 0xff)" : "was killed by signal \(signal)"
        return true
    }

    private func takeLines(into lines: inout [[UInt8]], limit: Int) {
        var start = 0
        while lines.count < limit, let nl = pending[start...].firstIndex(of: 0x0A) {
            lines.append(Array(pending[start..<nl]))
            start = nl + 1
        }
        if start > 0 { pending.removeSubrange(0..<start) }
    }

    private static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}

/// The last few hundred bytes a worker wrote to stderr, cut at line starts.
struct StderrTail {
    private var bytes: [UInt8] = []
    private let limit = 600

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        bytes.append(contentsOf: chunk)
        if bytes.count > limit * 2 { bytes.removeSubrange(0..<(bytes.count - limit)) }
    }

    /// The tail as one line: newlines shown as ` | `, at most `limit` bytes.
    var text: String {
        var slice = bytes.suffix(limit)
        if bytes.count > limit, let nl = slice.firstIndex(of: 0x0A) { slice = slice[(nl + 1)...] }
        let s = String(decoding: slice, as: UTF8.self).trimmingTrailingNewlines()
        return s.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " | ")
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == "\r" || last == " " { s = s.dropLast() }
        return String(s)
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

/// Serialises spawning (see ``WorkerProcess/spawn(_:directory:environment:)``).
private let spawnLock = Mutex(())

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
