import GRDB
import GRDBSQLite

/// The database's write-ahead log file, reached through SQLite's own file handle.
enum WriteAheadLog {
    /// Waits until everything written to the log so far is on the disk: the sync SQLite makes
    /// at the end of a commit under `synchronous=FULL`, made by the caller after the commit,
    /// once the write lock is free. Throws when SQLite has no log open or the disk refuses.
    static func sync(_ db: Database) throws {
        var file: UnsafeMutablePointer<sqlite3_file>?
        let found = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_JOURNAL_POINTER, &file)
        guard found == SQLITE_OK, let file, let sync = file.pointee.pMethods?.pointee.xSync else {
            throw DatabaseError(resultCode: .SQLITE_IOERR, message: "no write-ahead log to sync (\(found))")
        }
        let code = sync(file, SQLITE_SYNC_NORMAL)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "syncing the write-ahead log failed")
        }
    }
}
