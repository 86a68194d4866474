import Foundation

/// Runs a program to its end, its output thrown away, and says how long it took from start to exit.
enum ChildProcess {
    /// This program's own executable, for hidden child subcommands.
    static var benchExecutable: String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }

    /// The wall time of one run; throws when it cannot start or exits with another status than 0.
    static func time(_ executable: String, _ arguments: [String]) throws -> UInt64 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Stopwatch.now
        try process.run()
        process.waitUntilExit()
        let elapsed = Stopwatch.now - start
        guard process.terminationStatus == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return elapsed
    }
}
