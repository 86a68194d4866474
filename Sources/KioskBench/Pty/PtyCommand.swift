import Foundation

/// A program, its arguments and environment, and a text its first screen is known to hold.
struct PtyCommand {
    let executable: String
    let arguments: [String]
    let environment: [String: String]
    let marker: String

    func start() throws -> PtyProcess {
        try PtyProcess(executable: executable, arguments: arguments, environment: environment)
    }

    /// Starts the program and waits for its first complete screen.
    func startSettled() throws -> (PtyProcess, OutputBurst) {
        let process = try start()
        return (process, try process.settle(since: 0, marker: marker))
    }
}
