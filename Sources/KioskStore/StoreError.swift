import GRDB
import KioskCore

/// A store failure together with SQLite's own words, for logs and admin commands.
///
/// `failure` is what the screen shows; `detail` is SQLite's message and result code. Statement
/// arguments (where hashes or names travel) are never part of it.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var failure: StoreFailure
    /// SQLite's message, e.g. "database or disk is full (code 13)".
    public var detail: String
    /// SQLite's extended result code, when SQLite raised the error.
    public var sqliteCode: Int32?

    public init(_ failure: StoreFailure, detail: String, sqliteCode: Int32? = nil) {
        self.failure = failure
        self.detail = detail
        self.sqliteCode = sqliteCode
    }

    /// Whether a UNIQUE constraint refused the write (a duplicate number or login).
    var isUniqueConstraint: Bool {
        sqliteCode == ResultCode.SQLITE_CONSTRAINT_UNIQUE.rawValue
    }

    public var description: String {
        switch failure {
        case .notWritable: "database not writable: \(detail)"
        case .unavailable: "database unavailable: \(detail)"
        }
    }

    /// Primary SQLite codes that mean "the disk refused the write".
    static let notWritableCodes: [ResultCode] = [
        .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR,
    ]

    /// Classifies any error thrown by GRDB or SQLite.
    ///
    /// Disk full, read-only, cannot open and I/O errors become `.notWritable` when the
    /// operation was writing; everything else, and every failed read, is `.unavailable`.
    static func classify(_ error: any Error, writing: Bool) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let databaseError = error as? DatabaseError else {
            return StoreError(.unavailable, detail: String(describing: type(of: error)))
        }
        let code = databaseError.resultCode
        let message = databaseError.message ?? code.description
        let extended = databaseError.extendedResultCode.rawValue
        let detail = "\(message) (code \(extended))"
        if writing && notWritableCodes.contains(code) {
            return StoreError(.notWritable, detail: detail, sqliteCode: extended)
        }
        return StoreError(.unavailable, detail: detail, sqliteCode: extended)
    }
}
