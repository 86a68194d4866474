import ArgumentParser
import Foundation
import KioskCore
import KioskRuntime
import KioskStore

/// `kiosk-torture disk-cell --source DB --mount DIR`: the disk category's cases, run
/// in a mount namespace of their own (the parent starts it under `unshare`).
///
/// Mounts a small tmpfs at DIR, copies the demo database there and drives the kiosk's runtime
/// on it: a request sent on a full disk, the draft kept, the retry once space is back, a
/// preference saved on a full disk, then the kiosk started on the same filesystem read-only.
/// Prints one line per case, `ok - NAME` or `FAIL - NAME: why`.
struct DiskCellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disk-cell", abstract: "Runs the disk cases in a mount namespace (run by the disk category).",
        shouldDisplay: false)

    @Option(help: "The demo database to copy onto the small filesystem.") var source: String
    @Option(help: "An empty folder to mount the small filesystem on.") var mount: String

    mutating func run() throws {
        let cases = DiskCases(mount: mount)
        do {
            try Self.system("/bin/mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount)
            try FileManager.default.copyItem(atPath: source, toPath: cases.database)
            try cases.fullDisk()
            try cases.readOnlyWhileOpen()
            try cases.readOnly()
        } catch {
            cases.record("the disk cases ran to their end", problem: "\(error)")
        }
        try? Self.system("/bin/umount", "-l", mount)
    }

    /// Runs a program; throws with its output unless it succeeds.
    static func system(_ program: String, _ arguments: String...) throws {
        let result = try ProcessRunner.run(program, arguments)
        guard result.status == 0 else {
            throw TortureSetupError("\(program) \(arguments.joined(separator: " ")): status \(result.status): \(result.text)")
        }
    }
}
