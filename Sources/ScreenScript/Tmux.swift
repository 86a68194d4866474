import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server used as the terminal emulator of the pty runner.
///
/// tmux is started with `posix_spawn` and reaped with `waitpid` rather than with Foundation's
/// `Process`, which can miss a child's exit when several jobs start processes at once (the
/// first tmux client also forks the server, which keeps inherited pipes open).
final class Tmux {
    let socket: String

    init(socket: String) {
        self.socket = socket
    }

    /// Runs `tmux -L socket -f /dev/null ARGS`; returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(socket)-\(UUID().uuidString).out").path
        defer { unlink(output) }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Spawned from a dispatch worker thread, which blocks signals: give tmux (and so the
        // kiosk it starts) an empty signal mask and default signal actions.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, cArguments, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot start tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw TmuxError(message: "tmux \(arguments.first ?? "") failed with status \(code)")
        }
        return text
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
