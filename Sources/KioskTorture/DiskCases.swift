import Foundation
import GRDB
import KioskCore
import KioskRuntime
import KioskStore

/// The disk category's cases on a database that lives on a small tmpfs at `mount`; each case
/// prints `ok - NAME` or `FAIL - NAME: why`.
struct DiskCases {
    let mount: String
    let database: String

    init(mount: String) {
        self.mount = mount
        database = mount + "/kiosk.sqlite"
    }

    func record(_ name: String, problem: String?) {
        let line = problem.map { "FAIL - \(name): \($0)" } ?? "ok - \(name)"
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A request sent, and a preference saved, while the filesystem is full; then again with room.
    func fullDisk() throws {
        let kiosk = try FaultKiosk(path: database, clock: ManualClock(AuthCategory.start))
        defer { kiosk.close() }
        try kiosk.logIn(number: "1004", pin: "1234")
        kiosk.press(.character("4"))
        let text = "An atlas of Belgium, in English"
        let key = try kiosk.writeRequest(service: "library", text: text)
        let draft = kiosk.requestForm?.answers
        let before = try CrashCheck(path: database)
        let filler = DiskFiller(directory: mount)
        try filler.fill()

        kiosk.press(.enter)
        let catalog = kiosk.runtime.state.catalog
        let form = kiosk.requestForm
        record("full disk: sending says the kiosk cannot save",
               problem: form?.phase == .notSent(.failure(.notWritable)) && kiosk.shows(catalog[.storeNotWritable])
                   ? nil : kiosk.mismatch(catalog[.storeNotWritable]).description)
        record("full disk: the draft's answers stay on screen",
               problem: form?.answers == draft && kiosk.shows(text) ? nil : kiosk.mismatch(text).description)
        let after = try CrashCheck(path: database)
        record("full disk: nothing half-written (integrity ok, no new request)",
               problem: after.integrity == ["ok"] && after.keys == before.keys
                   ? nil : "integrity \(after.integrity), \(after.keys.count - before.keys.count) new requests")

        try filler.free()
        kiosk.press(.enter)
        let retried = try CrashCheck(path: database)
        var problem: String?
        if case .sent = kiosk.requestForm?.phase {} else { problem = kiosk.mismatch("the request sent").description }
        if retried.keys[key] != 1 || retried.keys.count != before.keys.count + 1 {
            problem = "after the retry the key is there \(retried.keys[key] ?? 0) times, \(retried.keys.count - before.keys.count) new requests"
        }
        record("full disk: with room again, Enter sends it once", problem: problem)

        kiosk.press(.enter)
        kiosk.press(.escape)
        kiosk.press(.character("5"))
        let language = try savedLanguage()
        try filler.fill()
        kiosk.press(.right)
        var outcome: SaveOutcome?
        if case .settings(let settings) = kiosk.runtime.state.route { outcome = settings.outcome }
        let words = kiosk.runtime.state.catalog[.storeNotWritable]
        record("full disk: changing the language says it was not saved",
               problem: outcome == .failed(.notWritable) && kiosk.shows(words) ? nil : kiosk.mismatch(words).description)
        let unchanged = try savedLanguage()
        record("full disk: the stored language is unchanged",
               problem: unchanged == language ? nil : "stored language \(unchanged), was \(language)")
        try filler.free()
    }

    /// The filesystem made read-only under a running kiosk with a draft on its review: Linux
    /// refuses to remount while files are open for writing, so this is reported as skipped
    /// when it does; when it works the send must fail as on a full disk.
    func readOnlyWhileOpen() throws {
        let kiosk = try FaultKiosk(path: database, clock: ManualClock(AuthCategory.start))
        defer { kiosk.close() }
        try kiosk.logIn(number: "1003", pin: "1234")
        kiosk.press(.character("4"))
        let text = "Ein Wörterbuch"
        _ = try kiosk.writeRequest(service: "library", text: text)
        let remount = try ProcessRunner.run("/bin/mount", ["-o", "remount,ro", mount])
        guard remount.status == 0 else {
            let reason = remount.text.split(separator: "\n").first.map(String.init) ?? "status \(remount.status)"
            FileHandle.standardOutput.write(Data("skip - read-only under a running kiosk: \(reason)\n".utf8))
            return
        }
        defer { try? DiskCellCommand.system("/bin/mount", "-o", "remount,rw", mount) }
        kiosk.press(.enter)
        let words = kiosk.runtime.state.catalog[.storeNotWritable]
        record("read-only under a running kiosk: sending says it cannot save, the draft stays",
               problem: kiosk.requestForm?.phase == .notSent(.failure(.notWritable)) && kiosk.shows(words) && kiosk.shows(text)
                   ? nil : kiosk.mismatch(words).description)
    }

    /// The kiosk started on the same database once the filesystem is read-only: it may refuse
    /// to open (not writable), or open and refuse each write with a clear message, keeping the
    /// draft; either way the file stays the same byte for byte.
    func readOnly() throws {
        try DiskCellCommand.system("/bin/mount", "-o", "remount,ro", mount)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: database))
        let name = "read-only: the kiosk says it cannot save and keeps the draft"
        do {
            // A day later: a form opened at the same moment on this terminal would carry the key
            // of the request sent above, and the store rightly answers it with that request.
            let kiosk = try FaultKiosk(path: database, clock: ManualClock(AuthCategory.start.addingTimeInterval(86_400)))
            defer { kiosk.close() }
            let words = { kiosk.runtime.state.catalog[.storeNotWritable] }
            kiosk.type("1004")
            kiosk.press(.tab)
            kiosk.type("1234")
            kiosk.press(.enter)
            if kiosk.runtime.state.session == nil {
                record(name, problem: kiosk.shows(words()) ? nil : kiosk.mismatch(words()).description)
            } else {
                kiosk.press(.character("4"))
                let text = "Un dictionnaire"
                _ = try kiosk.writeRequest(service: "library", text: text)
                kiosk.press(.enter)
                record(name, problem: kiosk.requestForm?.phase == .notSent(.failure(.notWritable)) && kiosk.shows(words())
                           && kiosk.shows(text) ? nil : kiosk.mismatch(words()).description)
            }
        } catch let error as StoreError where error.failure == .notWritable {
            record(name, problem: nil)
        } catch {
            record(name, problem: "\(error)")
        }
        let now = try Data(contentsOf: URL(fileURLWithPath: database))
        record("read-only: the database file is unchanged", problem: now == bytes ? nil : "the file changed")
    }

    /// The language stored for detainee 1004, read by a read-only connection.
    private func savedLanguage() throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: database, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: "SELECT language FROM detainee WHERE number = '1004'") ?? "" }
    }
}
