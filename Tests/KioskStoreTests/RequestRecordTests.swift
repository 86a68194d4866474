import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class RequestRecordTests: RequestTestCase {
    func testTheSubmissionsInsertWritesTheRowTheRecordsOwnInsertWrites() throws {
        // Given a request with answers of every kind, sent at a time with milliseconds
        var draft = Self.doctor("Mal aux dents", key: "k-1", urgency: "urgent")
        draft.answers["since"] = .date("2026-03-02")
        let record = try RequestRecord(draft, detainee: julien.id, department: "medical", at: noon.addingTimeInterval(0.25))
        // When one copy is inserted by the submission's statement and another by GRDB's record insert
        let rows = try database.pool.write { db -> [Row] in
            var byStatement = record, byRecord = record
            byRecord.key = "k-2"
            try byStatement.insertRow(db)
            try byRecord.insert(db)
            XCTAssertEqual(byStatement.id, db.lastInsertedRowID - 1)
            return try Row.fetchAll(db, sql: "SELECT * FROM request ORDER BY id")
        }
        // Then both rows hold the same values in every column but the id and the key
        XCTAssertEqual(rows.count, 2)
        let written = try XCTUnwrap(rows.first), expected = try XCTUnwrap(rows.last)
        for column in written.columnNames where !["id", "idempotency_key"].contains(column) {
            XCTAssertEqual(written[column] as DatabaseValue, expected[column] as DatabaseValue, column)
        }
        XCTAssertEqual(written["idempotency_key"] as String?, "k-1")
    }
}
