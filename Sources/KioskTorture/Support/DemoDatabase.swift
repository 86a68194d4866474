import Foundation

/// A demo database made once by the real binary (`kiosk admin init --demo`), copied for each use.
struct DemoDatabase {
    /// The template; never opened for writing.
    let template: String

    /// Runs `<kiosk> admin init --demo --db <work>/demo-template.sqlite` with `KIOSK_CONTENT`
    /// pointing at the checkout's `content/`, so the press, courses and services are seeded.
    static func make(context: TortureContext, root: URL) throws -> DemoDatabase {
        let path = context.work.appendingPathComponent("demo-template.sqlite").path
        let output = try ProcessRunner.run(context.kiosk, ["admin", "init", "--demo", "--db", path],
                                           environment: ["KIOSK_CONTENT": root.appendingPathComponent("content").path])
        guard output.status == 0 else {
            throw TortureSetupError("kiosk admin init --demo failed (\(output.status)): \(output.text.suffix(400))")
        }
        return DemoDatabase(template: path)
    }

    /// A fresh copy of the template at `path` (with its write-ahead log), replacing any file there.
    func copy(to path: String) throws {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        try files.copyItem(atPath: template, toPath: path)
        if files.fileExists(atPath: template + "-wal") { try files.copyItem(atPath: template + "-wal", toPath: path + "-wal") }
    }
}
