import Foundation
import GRDB
import KioskCore

/// The kiosk's SQLite file: opened in WAL mode with `synchronous=FULL`, migrated, ready to use.
///
/// Like the `AppDatabase` of GRDB's demo app, a façade over one `DatabasePool`: the rest of the
/// program goes through repositories (`AccountRepository`, `AccountAdmin`) and never sees GRDB.
/// Every write is on the disk before it returns, so what the screen says is saved survives a
/// power cut: `write` makes FULL's commit with its sync moved after the write lock (decision
/// 58), everything else commits with FULL itself.
public final class KioskDatabase: Sendable {
    /// SQLite's value of `PRAGMA synchronous` for FULL.
    public static let synchronousFull = 2

    /// Where the file lives.
    public let path: String
    let pool: DatabasePool
    let turn: WriterTurn
    private let syncLog: @Sendable (Database) throws -> Void

    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// Throws `.notWritable` when the file or its folder cannot be written (full, read-only,
    /// missing folder), `.unavailable` when it is not a usable database.
    public convenience init(path: String) throws(StoreError) {
        try self.init(path: path, syncLog: WriteAheadLog.sync)
    }

    /// Opens the database with `syncLog` as the wait for the disk after each commit of `write`.
    init(path: String, syncLog: @escaping @Sendable (Database) throws -> Void) throws(StoreError) {
        self.path = path
        self.syncLog = syncLog
        turn = WriterTurn(databasePath: path)
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw StoreError.classify(error, writing: true)
        }
        try enforceFullSync()
        try migrate()
    }

    /// Closes the connections; any later use fails with `.unavailable`.
    public func close() throws(StoreError) {
        do { try pool.close() } catch { throw StoreError.classify(error, writing: false) }
    }

    // MARK: - Diagnostics (also for `kiosk admin check`)

    /// `PRAGMA synchronous` on the connection that writes: 2 means FULL.
    public func synchronousLevel() throws(StoreError) -> Int {
        try writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// `PRAGMA journal_mode`: "wal" once opened.
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a healthy file, else one line per problem.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Names of the migrations applied so far, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        let migrator = KioskSchema.migrator
        return try read { db in try migrator.appliedMigrations(db) }
    }

    // MARK: - Access with classified errors

    /// Reads in a snapshot; any failure is `.unavailable`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError.classify(error, writing: false) }
    }

    /// Writes in one immediate transaction, in this process's turn to write (`WriterTurn`),
    /// and returns once the transaction is on the disk.
    ///
    /// The transaction is written to the log as `synchronous=FULL` writes it; only the wait for
    /// the disk comes after the write lock is given up instead of before (`WriteAheadLog.sync`,
    /// decision 58), so that other cells' commits need not queue behind this one's. Other
    /// cells may read the transaction during that wait; a power cut then could lose it, and
    /// everything committed after it, but nobody was told it was saved.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try commit(body) } catch { throw StoreError.classify(error, writing: true) }
    }

    /// `write`, for repositories with errors of their own: what `body` or SQLite throws is
    /// rethrown as it is.
    func commit<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            let result = try commitWithoutWaitingForTheDisk(db, body)
            try syncLog(db)
            return result
        }
    }

    /// Commits `body` in one immediate transaction with `synchronous=NORMAL`, which writes
    /// the same log as FULL without its final sync, and sets FULL again.
    private func commitWithoutWaitingForTheDisk<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        var result: T?
        do {
            try turn.run {
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
            }
        } catch {
            try db.execute(sql: "PRAGMA synchronous = FULL")
            throw error
        }
        try db.execute(sql: "PRAGMA synchronous = FULL")
        return result!
    }

    /// Runs on the writer connection outside of a transaction.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in try body(db) }
        } catch {
            throw StoreError.classify(error, writing: true)
        }
    }

    // MARK: - Opening

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "KioskStore"
        configuration.foreignKeysEnabled = true
        // Other kiosk processes may hold the write lock for one KDF-free transaction.
        configuration.busyMode = BusyWait.mode
        configuration.maximumReaderCount = 2
        configuration.publicStatementArguments = false
        return configuration
    }

    /// Sets `synchronous=FULL` on the writer connection and reads it back.
    ///
    /// GRDB sets NORMAL when it puts a pool in WAL mode, after `prepareDatabase` has run, so
    /// this must happen once the pool is open. The pool keeps a single writer connection for
    /// its whole life, so the setting holds for every later write.
    private func enforceFullSync() throws(StoreError) {
        let (level, mode): (Int?, String?)
        do {
            (level, mode) = try pool.barrierWriteWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                return (
                    try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                    try String.fetchOne(db, sql: "PRAGMA journal_mode")
                )
            }
        } catch {
            throw StoreError.classify(error, writing: true)
        }
        guard level == Self.synchronousFull else {
            throw StoreError(.unavailable, detail: "PRAGMA synchronous reads \(level ?? -1), expected 2 (FULL)")
        }
        guard mode?.lowercased() == "wal" else {
            throw StoreError(.unavailable, detail: "PRAGMA journal_mode reads \(mode ?? "nothing"), expected wal")
        }
    }

    private func migrate() throws(StoreError) {
        do {
            try KioskSchema.migrator.migrate(pool)
        } catch {
            throw StoreError.classify(error, writing: true)
        }
    }
}
