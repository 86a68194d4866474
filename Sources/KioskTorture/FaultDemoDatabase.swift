import Foundation
import GRDB

/// A demo database made by the kiosk binary itself (`kiosk admin init --demo`), with the
/// repository's `content/` so it has the service catalogue, checkpointed into its main file.
enum FaultDemoDatabase {
    /// Creates the demo database at `path`; throws with the command's output when it fails.
    static func create(at path: String, kiosk: String) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["KIOSK_CONTENT"] = contentDirectory(kiosk: kiosk)
        let output = try run(kiosk, ["admin", "init", "--demo", "--db", path], environment: environment)
        guard output.status == 0, output.text.range(of: "services: [0-9]+ services", options: .regularExpression) != nil else {
            throw FaultSetupError("`\(kiosk) admin init --demo --db \(path)` failed (status \(output.status)):\n\(output.text)")
        }
        // The command leaves its writes in the WAL; fold them into the file so a copy of the file
        // alone is the whole database.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }

    /// `$KIOSK_CONTENT`, else `content/` in the working directory, else beside the build folder
    /// that holds the kiosk binary (`.build/debug/kiosk`).
    static func contentDirectory(kiosk: String) -> String {
        if let folder = ProcessInfo.processInfo.environment["KIOSK_CONTENT"] { return folder }
        let here = FileManager.default.currentDirectoryPath + "/content"
        if FileManager.default.fileExists(atPath: here + "/services.toml") { return here }
        return URL(fileURLWithPath: kiosk).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content").path
    }

    /// Runs a program to its end; its status and what it wrote on stdout and stderr together.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A category could not set up what its cases need.
struct FaultSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
