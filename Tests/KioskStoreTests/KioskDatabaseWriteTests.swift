import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// `KioskDatabase.write`: the transaction is written under the lock, the wait for the disk
/// comes after it, and only then does the call return.
final class KioskDatabaseWriteTests: StoreTestCase {
    func testTheLogIsSyncedAfterTheLockIsFreeAndBeforeTheWriteReturns() throws {
        // Given a database whose sync looks at the file from a second connection
        let seen = SyncWitness(path: databasePath)
        let database = try KioskDatabase(path: databasePath, syncLog: { db in
            try seen.look(from: db)
            try WriteAheadLog.sync(db)
        })
        defer { try? database.close() }
        // When a table is made, then a row written
        try database.write { db in try db.execute(sql: "CREATE TABLE note(text TEXT)") }
        try database.write { db in try db.execute(sql: "INSERT INTO note VALUES ('sent')") }
        // Then each sync came once the commit was visible and another writer could begin,
        // with the writer back at synchronous=FULL
        XCTAssertEqual(seen.looks, [
            SyncWitness.Look(rows: 0, lockFree: true, synchronous: 2),
            SyncWitness.Look(rows: 1, lockFree: true, synchronous: 2),
        ])
    }

    func testAFailedSyncIsAFailedWriteAndTheWriterStaysFull() throws {
        // Given a database whose disk refuses the sync of the second write
        let syncs = Counter()
        let database = try KioskDatabase(path: databasePath, syncLog: { db in
            if syncs.next() == 2 { throw DatabaseError(resultCode: .SQLITE_IOERR, message: "sync refused") }
            try WriteAheadLog.sync(db)
        })
        defer { try? database.close() }
        try database.write { db in try db.execute(sql: "CREATE TABLE note(text TEXT)") }
        // When a row is written
        // Then the write is reported as not written, not as saved
        XCTAssertThrowsError(try database.write { db in try db.execute(sql: "INSERT INTO note VALUES ('maybe')") }) {
            XCTAssertEqual(($0 as? StoreError)?.failure, .notWritable)
        }
        // And the writer is still at FULL for what comes next
        XCTAssertEqual(try database.synchronousLevel(), KioskDatabase.synchronousFull)
    }

    func testABodyThatThrowsWritesNothingAndLeavesTheWriterFull() throws {
        // Given a database with a table
        let database = try openDatabase()
        try database.write { db in try db.execute(sql: "CREATE TABLE note(text TEXT)") }
        // When a write fails half-way
        XCTAssertThrowsError(try database.write { db in
            try db.execute(sql: "INSERT INTO note VALUES ('half')")
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "refused")
        })
        // Then nothing of it is kept, and the writer is at FULL
        XCTAssertEqual(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note") }, 0)
        XCTAssertEqual(try database.synchronousLevel(), KioskDatabase.synchronousFull)
    }

    func testSyncingWithoutALogIsAnError() throws {
        // Given a database in memory, which has no write-ahead log
        let queue = try DatabaseQueue()
        // When its log is synced
        // Then that fails rather than passing for a sync
        XCTAssertThrowsError(try queue.inDatabase { db in try WriteAheadLog.sync(db) })
    }
}

/// What the sync saw, from a connection of its own: the rows committed, whether a writer could
/// begin, and the writer's `synchronous`.
private final class SyncWitness: @unchecked Sendable {
    struct Look: Equatable {
        let rows: Int?
        let lockFree: Bool
        let synchronous: Int?
    }

    private let path: String
    private let lock = NSLock()
    private var seen: [Look] = []
    var looks: [Look] { lock.withLock { seen } }

    init(path: String) { self.path = path }

    func look(from writer: Database) throws {
        let synchronous = try Int.fetchOne(writer, sql: "PRAGMA synchronous")
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let other = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? other.close() }
        let rows = try other.read { db in
            try db.tableExists("note") ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note") : nil
        }
        let lockFree = (try? other.inTransaction(.immediate) { _ in .rollback }) != nil
        lock.withLock { seen.append(Look(rows: rows, lockFree: lockFree, synchronous: synchronous)) }
    }
}

/// Counts calls, from 1.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int { lock.withLock { count += 1; return count } }
}
