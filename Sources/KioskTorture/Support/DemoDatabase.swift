import Foundation
import GRDB

/// A demo database made by the real binary (`kiosk admin init --demo`), copied for each use.
struct DemoDatabase {
    /// The template; never opened for writing once made.
    let template: String

    /// Makes the template in the category's work folder.
    static func make(context: TortureContext, root: URL) throws -> DemoDatabase {
        let path = context.work.appendingPathComponent("demo-template.sqlite").path
        try create(at: path, kiosk: context.kiosk, root: root)
        return DemoDatabase(template: path)
    }

    /// Runs `<kiosk> admin init --demo --db <path>` with `KIOSK_CONTENT` pointing at the
    /// checkout's `content/`, so the press, courses and services are seeded, then folds the
    /// write-ahead log into the file: a copy of the file alone is then the whole database.
    static func create(at path: String, kiosk: String, root: URL) throws {
        let output = try ProcessRunner.run(kiosk, ["admin", "init", "--demo", "--db", path],
                                           environment: ["KIOSK_CONTENT": root.appendingPathComponent("content").path])
        guard output.status == 0, output.text.range(of: "services: [0-9]+ services", options: .regularExpression) != nil else {
            throw TortureSetupError("`\(kiosk) admin init --demo --db \(path)` failed (status \(output.status)):\n\(output.text.suffix(800))")
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }

    /// A fresh copy of the template at `path` (with its write-ahead log), replacing any file there.
    func copy(to path: String) throws {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        try files.copyItem(atPath: template, toPath: path)
        if files.fileExists(atPath: template + "-wal") { try files.copyItem(atPath: template + "-wal", toPath: path + "-wal") }
    }
}
