import Foundation

/// One run of `kiosk-torture crash-cell`, killed with SIGKILL after a delay.
enum CrashChild {
    /// The keys the child printed as sent before it died, and what went wrong with it.
    struct Outcome {
        var keys: [String] = []
        var problems: [String] = []
    }

    /// Starts the child, kills it after `delay` seconds (unless it ended first, which is a
    /// problem) and reads the complete `SENT` lines it printed; a line cut by the kill is not
    /// counted.
    static func runAndKill(_ executable: String, database: String, number: String, after delay: TimeInterval,
                           errors: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["crash-cell", "--db", database, "--number", number]
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorFile = try FileHandle(forWritingTo: errors)
        defer { try? errorFile.close() }
        process.standardError = errorFile
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The delay is the fault being injected; polling only notices a child that ended early.
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning && Date() < deadline { usleep(500) }
        let endedEarly = !process.isRunning
        kill(process.processIdentifier, SIGKILL)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        var outcome = Outcome()
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        lines.removeLast() // empty after the last newline, or a line the kill cut short
        for line in lines {
            if line.hasPrefix("SENT ") { outcome.keys.append(String(line.dropFirst(5))) } else {
                outcome.problems.append("the child printed \"\(line.prefix(200))\"")
            }
        }
        if endedEarly || process.terminationReason != .uncaughtSignal || process.terminationStatus != SIGKILL {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            outcome.problems.append("the child ended by itself (status \(process.terminationStatus)): \(said.prefix(3000))")
        }
        return outcome
    }

    /// Seconds from the start of a child to its first `SENT` line (at most `limit`), for
    /// spreading the kills over its life whatever the build's speed.
    static func timeToFirstSent(_ executable: String, database: String, number: String, limit: TimeInterval = 60) throws
        -> TimeInterval {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["crash-cell", "--db", database, "--number", number]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        var read = Data()
        while Date().timeIntervalSince(started) < limit {
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            read += chunk
            if String(decoding: read, as: UTF8.self).contains("\n") { return Date().timeIntervalSince(started) }
        }
        throw TortureSetupError("crash-cell printed no request in \(Int(limit)) s")
    }
}
