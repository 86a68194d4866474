import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class PressArticleRecordTests: PressTestCase {
    func testARowWrittenByJSONEncoderStillOpens() throws {
        // Given an article whose body was written by JSONEncoder, as every row was before the writer
        let document = DocumentJSONWriterTests.rich
        var article = draft("old", "Ancien")
        article.document = document
        try store([article], in: Self.soir)
        let id = try id(of: "Ancien")
        let oldBody = String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
        try database.pool.write { db in
            try db.execute(sql: "UPDATE press_article SET body = ? WHERE id = ?", arguments: [oldBody, id])
        }
        // When Julien opens it
        let opened = try press.openArticle(id: id, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        // Then the document is the one that was stored
        XCTAssertEqual(try database.read { db in try String.fetchOne(db, sql: "SELECT body FROM press_article") }, oldBody)
        XCTAssertEqual(opened?.document, document)
    }

    func testANewRowIsWrittenByTheWriterAndOpensTheSame() throws {
        // Given an article stored now
        var article = draft("new", "Nouveau")
        article.document = DocumentJSONWriterTests.rich
        try store([article], in: Self.soir)
        // When its row is read and it is opened
        let body = try database.read { db in try String.fetchOne(db, sql: "SELECT body FROM press_article") }
        let opened = try press.openArticle(id: try id(of: "Nouveau"), detainee: julien.id, allowed: nil, terminal: "cell-101",
                                           at: noon)
        // Then the body is the writer's text and the document comes back whole
        XCTAssertEqual(body, DocumentJSONWriter.json(DocumentJSONWriterTests.rich))
        XCTAssertEqual(opened?.document, DocumentJSONWriterTests.rich)
    }

    func testTheImportsInsertWritesTheRowTheRecordsOwnInsertWrites() throws {
        // Given two records of the same article, one with every optional field and one without
        var full = try PressArticleRecord(draft("k-1", "Titre", hoursAgo: 2.5, text: "Texte"), source: Self.soir,
                                          fetchedAt: noon.addingTimeInterval(0.123))
        full.link = "https://news.example.be/soir/1"
        full.author = "Anne"
        full.dateWasMissing = true
        let bare = try PressArticleRecord(draft("k-2", "Autre"), source: Self.standaard, fetchedAt: noon)
        for record in [full, bare] {
            // When one copy is inserted by the import's statement and another by GRDB's record insert
            let rows = try database.pool.write { db -> [Row] in
                var byStatement = record, byRecord = record
                byRecord.itemKey += "-record"
                try byStatement.insertRow(db)
                try byRecord.insert(db)
                XCTAssertEqual(byStatement.id, db.lastInsertedRowID - 1)
                return try Row.fetchAll(db, sql: "SELECT * FROM press_article ORDER BY id")
            }
            // Then both rows hold the same values in every column but the id and the key
            let written = try XCTUnwrap(rows.suffix(2).first), expected = try XCTUnwrap(rows.last)
            for column in written.columnNames where !["id", "item_key"].contains(column) {
                XCTAssertEqual(written[column] as DatabaseValue, expected[column] as DatabaseValue, column)
            }
            XCTAssertEqual(written["item_key"] as String?, record.itemKey)
        }
    }
}
