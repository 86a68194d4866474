import Foundation

/// Runs a program to its end, its output thrown away, and says how long it took from start to exit.
///
/// Started with `posix_spawn` and reaped with a blocking `waitpid`: Foundation's
/// `Process.waitUntilExit` looks for the end every 50 ms on Linux, which rounded every time it
/// measured up to the next 50 ms.
enum ChildProcess {
    /// This program's own executable, for hidden child subcommands.
    static var benchExecutable: String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }

    /// The wall time of one run; throws when it cannot start or exits with another status than 0.
    static func time(_ executable: String, _ arguments: [String]) throws -> UInt64 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let start = Stopwatch.now
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchFailure("\(executable) cannot be started: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchFailure("\(executable): waitpid failed with errno \(errno)") }
        }
        let elapsed = Stopwatch.now - start
        // Exited (no signal) with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) ended with wait status \(status)")
        }
        return elapsed
    }
}
