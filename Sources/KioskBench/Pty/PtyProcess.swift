import CPty
import Foundation

/// A program running on a pseudo-terminal of its own: its output with the time each chunk came,
/// keys written to it, its `/proc` counters, and its end.
///
/// The child leads a new session (POSIX_SPAWN_SETSID) with the slave as its controlling terminal
/// and as stdin, stdout and stderr; its signals are reset to their defaults.
final class PtyProcess {
    /// Bytes that arrived together, and when.
    struct Chunk {
        let at: ContinuousClock.Instant
        /// Where the chunk starts in `output`.
        let offset: Int
        let count: Int
    }

    let program: String
    let pid: pid_t
    /// Taken just before `posix_spawn`.
    let startedAt: ContinuousClock.Instant
    private(set) var output: [UInt8] = []
    private(set) var chunks: [Chunk] = []
    /// The `waitpid` status once the child has been reaped.
    private(set) var exitStatus: Int32?
    private let terminal: PseudoTerminal
    private var outputClosed = false

    /// Starts `executable` (an absolute path) with exactly `environment`, on a `rows`×`cols` pty.
    init(executable: String, arguments: [String], environment: [String: String], rows: Int = 24, cols: Int = 80) throws {
        program = URL(fileURLWithPath: executable).lastPathComponent
        terminal = try PseudoTerminal(rows: rows, cols: cols)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, without O_NOCTTY: the slave becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminal.slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, kiosk_pty_spawn_setsid() | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        startedAt = .now
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw PtyError.spawn(executable, status) }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// The whole output as text, for markers and error messages.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Writes `bytes` as if typed.
    func type(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(terminal.master, $0.baseAddress, $0.count) }
            if count > 0 { written += count; continue }
            guard count < 0, errno == EAGAIN || errno == EINTR else { throw PtyError.system("write to the pty", errno) }
            var slot = pollfd(fd: terminal.master, events: Int16(POLLOUT), revents: 0)
            _ = poll(&slot, 1, 100)
            drain()
        }
    }

    func type(_ text: String) throws { try type(Array(text.utf8)) }

    /// Reads what is there without waiting.
    func drain() { _ = pump(timeoutMilliseconds: 0) }

    /// Waits until the screen is complete: output after `offset`, containing `marker` if one is
    /// given, then `quiet` with no byte. The burst's time is that of its last byte, so the quiet
    /// period is not counted.
    ///
    /// With `silence`, returns an empty burst when no byte at all came for that long.
    func settle(since offset: Int, marker: String? = nil, quiet: Duration = .milliseconds(300),
                silence: Duration? = nil, timeout: Duration = .seconds(60)) throws -> OutputBurst {
        let begun = ContinuousClock.now
        let deadline = begun + timeout
        let needle = marker.map { Array($0.utf8) }
        var found = needle == nil
        var searchedTo = offset
        while true {
            let now = ContinuousClock.now
            if !found, let needle {
                found = Self.contains(output, needle, from: max(offset, searchedTo - needle.count))
                searchedTo = output.count
            }
            if output.count > offset, found, let last = chunks.last, now - last.at >= quiet {
                return OutputBurst(startedAt: chunks.first { $0.offset + $0.count > offset }?.at ?? last.at,
                                   endedAt: last.at, bytes: output.count - offset)
            }
            if output.count == offset, let silence, now - begun >= silence {
                return OutputBurst(startedAt: now, endedAt: now, bytes: 0)
            }
            if now >= deadline { throw PtyError.timedOut(marker.map { "“\($0)” from \(program)" } ?? "\(program) to go quiet") }
            if outputClosed { throw PtyError.exited(marker.map { "“\($0)”" } ?? "a complete screen") }
            var wait = deadline - now
            if output.count > offset, let last = chunks.last { wait = min(wait, quiet - (now - last.at)) }
            if output.count == offset, let silence { wait = min(wait, silence - (now - begun)) }
            _ = pump(timeoutMilliseconds: Self.milliseconds(wait))
        }
    }

    /// The counters of `/proc/PID` now.
    func sample() throws -> ProcessSample { try ProcessSample.read(pid: pid) }

    /// Whether the child is still running (reaps it when it has ended).
    var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status; return false }
        return true
    }

    /// Ends the child: SIGTERM, then SIGKILL if it has not ended within `grace`; reads its last
    /// output meanwhile so it is never blocked writing. Returns whether SIGTERM was enough.
    @discardableResult
    func end(grace: Duration = .seconds(5)) -> Bool {
        guard isRunning else { return true }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + grace
        while isRunning, ContinuousClock.now < deadline { _ = pump(timeoutMilliseconds: 20) }
        guard isRunning else { return true }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = status
        return false
    }

    /// Waits up to `timeoutMilliseconds` for output and reads all of it; false when none came.
    @discardableResult
    private func pump(timeoutMilliseconds: Int32) -> Bool {
        guard !outputClosed else { return false }
        var slot = pollfd(fd: terminal.master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&slot, 1, timeoutMilliseconds)
        guard ready > 0 else { return false }
        let at = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 65536)
        var got = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(terminal.master, $0.baseAddress, $0.count) }
            if count > 0 {
                chunks.append(Chunk(at: at, offset: output.count, count: count))
                output += buffer[0..<count]
                got = true
                continue
            }
            // EIO: every slave descriptor is closed, the child has ended.
            if count == 0 || (errno != EAGAIN && errno != EINTR) { outputClosed = true }
            return got
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(0, seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count - max(0, start) >= needle.count else { return false }
        let first = needle[0]
        var index = max(0, start)
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
