import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class StoreErrorTests: StoreTestCase {
    func testDiskErrorsWhileWritingAreNotWritable() {
        // Given the SQLite errors a full, read-only or failing disk raises
        let codes: [ResultCode] = [.SQLITE_FULL, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_IOERR_WRITE]
        for code in codes {
            // When one happens during a write
            let error = StoreError.classify(DatabaseError(resultCode: code), writing: true)
            // Then the screen is told nothing was written
            XCTAssertEqual(error.failure, .notWritable, "\(code)")
        }
    }

    func testDiskErrorsWhileReadingAreUnavailable() {
        // Given an I/O error
        // When it happens during a read
        let error = StoreError.classify(DatabaseError(resultCode: .SQLITE_IOERR), writing: false)
        // Then the store is unavailable
        XCTAssertEqual(error.failure, .unavailable)
    }

    func testOtherErrorsAreUnavailable() {
        // Given errors that are not about the disk refusing a write
        let codes: [ResultCode] = [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_BUSY, .SQLITE_ERROR]
        for code in codes {
            // When one happens during a write
            let error = StoreError.classify(DatabaseError(resultCode: code), writing: true)
            // Then the store is unavailable
            XCTAssertEqual(error.failure, .unavailable, "\(code)")
        }
    }

    func testDetailKeepsSQLiteMessageButNotStatementArguments() {
        // Given an error raised by a statement whose arguments hold a hash
        let error = DatabaseError(
            resultCode: .SQLITE_FULL, message: "database or disk is full",
            sql: "UPDATE detainee SET pin_hash = ?", arguments: ["$scrypt$secret-looking"])
        // When it is classified
        let storeError = StoreError.classify(error, writing: true)
        // Then the detail has SQLite's message and code, and neither the SQL nor the arguments
        XCTAssertEqual(storeError.detail, "database or disk is full (code 13)")
        XCTAssertFalse(storeError.description.contains("scrypt"))
        XCTAssertEqual(storeError.description, "database not writable: database or disk is full (code 13)")
    }

    func testRealReadOnlyConnectionGivesNotWritable() throws {
        // Given a detainee in a database whose writer refuses writes, as on a read-only disk
        let database = try openDatabase()
        let julien = try createJulien(database)
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        // When a detainee saves their preferences
        // Then the failure is notWritable, so the screen can keep what they chose
        XCTAssertThrowsError(
            try makeRepository(database).savePreferences(detainee: julien.id, language: .de, theme: nil)
        ) { error in
            XCTAssertEqual(error as? StoreFailure, .notWritable)
        }
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
    }
}
