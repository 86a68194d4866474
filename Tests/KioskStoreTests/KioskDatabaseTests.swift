import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class KioskDatabaseTests: StoreTestCase {
    func testOpeningCreatesTheSchemaThroughVersionedMigrations() throws {
        // Given a folder with no database
        // When the kiosk opens its file
        let database = try openDatabase()
        // Then every migration is applied in order and both account tables have the planned columns
        XCTAssertEqual(try database.appliedMigrations(), ["v1", "v2-audit", "v3-allowlists", "v4-announcements", "v5-access-profiles", "v6-section-use", "v7-press", "v8-courses", "v9-requests", "v10-bookmarks", "v11-search-indexes"])
        let (detaineeColumns, staffColumns) = try database.pool.read { db in
            (try db.columns(in: "detainee").map(\.name), try db.columns(in: "staff").map(\.name))
        }
        XCTAssertEqual(detaineeColumns, [
            "id", "number", "name", "language", "cell", "theme", "pin_hash",
            "failed_attempts", "last_failed_at", "locked", "created_at", "access_profile",
        ])
        XCTAssertEqual(staffColumns, [
            "id", "login", "name", "role", "language", "password_hash",
            "failed_attempts", "last_failed_at", "locked", "created_at",
        ])
    }

    func testNumberAndLoginAreUniqueInTheSchema() throws {
        // Given a fresh database
        let database = try openDatabase()
        // When listing its unique indexes
        let unique = try database.pool.read { db in
            (try db.table("detainee", hasUniqueKey: ["number"]), try db.table("staff", hasUniqueKey: ["login"]))
        }
        // Then number and login are unique keys
        XCTAssertTrue(unique.0)
        XCTAssertTrue(unique.1)
    }

    func testFileIsInWALModeWithFullSynchronousOnTheWriter() throws {
        // Given a database opened on a real file (GRDB puts pools in NORMAL)
        let database = try openDatabase()
        // When reading the pragmas back
        let synchronous = try database.synchronousLevel()
        let journalMode = try database.journalMode()
        // Then the writer commits with FULL (2) and the journal is WAL
        XCTAssertEqual(synchronous, 2)
        XCTAssertEqual(journalMode, "wal")
    }

    func testFullSynchronousStillHoldsAfterWritesAndOnReopening() throws {
        // Given a database that has already been written to, closed and reopened
        let first = try openDatabase()
        try createJulien(first)
        try first.close()
        let second = try openDatabase()
        try makeRepository(second).savePreferences(detainee: 1, language: .nl, theme: "dark")
        // When reading the writer's setting after those writes
        let synchronous = try second.pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA synchronous")
        }
        // Then it is still FULL
        XCTAssertEqual(synchronous, KioskDatabase.synchronousFull)
    }

    func testReopeningDoesNotRerunMigrationsOrLoseRows() throws {
        // Given a database with one detainee, closed
        let first = try openDatabase()
        try createJulien(first)
        try first.close()
        // When it is opened again
        let second = try openDatabase()
        // Then the row is there and each migration was applied once
        XCTAssertEqual(try makeAdmin(second).listDetainees().map(\.account.number), ["1001"])
        XCTAssertEqual(try second.appliedMigrations(), ["v1", "v2-audit", "v3-allowlists", "v4-announcements", "v5-access-profiles", "v6-section-use", "v7-press", "v8-courses", "v9-requests", "v10-bookmarks", "v11-search-indexes"])
    }

    func testOpeningInAMissingFolderIsNotWritable() throws {
        // Given a path whose folder does not exist
        let path = folder.appendingPathComponent("missing/kiosk.sqlite").path
        // When opening it
        // Then the failure says nothing could be written, with SQLite's words for the log
        XCTAssertThrowsError(try KioskDatabase(path: path)) { error in
            let storeError = error as? StoreError
            XCTAssertEqual(storeError?.failure, .notWritable)
            XCTAssertFalse(storeError?.detail.isEmpty ?? true)
        }
    }

    func testOpeningAFileThatIsNotADatabaseIsUnavailable() throws {
        // Given a file full of text where the database should be
        try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: databasePath))
        // When opening it
        // Then the store is unavailable (not "disk full")
        XCTAssertThrowsError(try KioskDatabase(path: databasePath)) { error in
            XCTAssertEqual((error as? StoreError)?.failure, .unavailable)
        }
        try FileManager.default.removeItem(atPath: databasePath)
    }

    func testClosedDatabaseIsUnavailable() throws {
        // Given a database that was closed
        let database = try openDatabase()
        try database.close()
        // When reading from it
        // Then the store reports itself unavailable
        XCTAssertThrowsError(try database.integrityCheck()) { error in
            XCTAssertEqual((error as? StoreError)?.failure, .unavailable)
        }
    }
}
