import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// v11: a database made before it keeps every article and course, and finds them again.
final class SearchIndexSchemaTests: StoreTestCase {
    private static let feed = "https://news.example.be/soir"

    /// A database migrated up to v10, holding three articles and three courses as v7 and v8
    /// stored them (raw rows: the repositories of today write the v11 schema).
    private func makeV10Database() throws {
        let queue = try DatabaseQueue(path: databasePath)
        try KioskSchema.migrator.migrate(queue, upTo: "v10-bookmarks")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO feed_source (url, name, language, created_at, created_by)
                VALUES (?, 'Le Soir', 'fr', '2026-01-01 12:00:00.000', 'staff:admin')
                """, arguments: [Self.feed])
            let articles = [("La rentrée à l'École", "Les élèves reviennent."), ("Budget fédéral", "Le gouvernement présente."),
                            ("Météo", "Pluie sur Liège.")]
            for (index, (title, text)) in articles.enumerated() {
                try db.execute(sql: """
                    INSERT INTO press_article (source_url, item_key, title, published_at, fetched_at, body)
                    VALUES (?, ?, ?, ?, '2026-01-02 12:00:00.000', '{"blocks":[]}')
                    """, arguments: [Self.feed, "item-\(index)", title, "2026-01-0\(index + 1) 08:00:00.000"])
                try db.execute(sql: "INSERT INTO press_search (rowid, title, body) VALUES (?, ?, ?)",
                               arguments: [db.lastInsertedRowID, title, text])
            }
            let courses = [("zeta", "Zèbres et zoos"), ("ecrire", "Écrire son CV"), ("budget", "budget au quotidien")]
            for (id, title) in courses {
                try db.execute(sql: """
                    INSERT INTO course (id, title, summary, language, category, level, minutes, pass_mark, version,
                                        created_at, imported_at, imported_by)
                    VALUES (?, ?, 'Un cours.', 'fr', 'work', 'beginner', 30, 60, 1,
                            '2026-01-01 12:00:00.000', '2026-01-01 12:00:00.000', 'staff:admin')
                    """, arguments: [id, title])
                try db.execute(sql: """
                    INSERT INTO course_step (course_id, step_id, position, kind, title, body)
                    VALUES (?, 'l1', 0, 'lesson', 'Leçon', '{}')
                    """, arguments: [id])
                try db.execute(sql: "INSERT INTO course_search (course_id, title, summary, body) VALUES (?, ?, 'Un cours.', 'Leçon')",
                               arguments: [id, title])
            }
        }
        try queue.close()
    }

    func testAnOlderDatabaseKeepsEveryArticleAndFindsThemAgain() throws {
        // Given a database of v10 with three articles
        try makeV10Database()
        // When the kiosk opens it
        let database = try openDatabase()
        let julien = try createJulien(database)
        let press = PressRepository(database: database)
        // Then v11 is applied and every article is still there, each in the search index
        XCTAssertEqual(try database.appliedMigrations().last, "v11-search-indexes")
        let counts = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM press_article"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM press_search"))
        }
        XCTAssertEqual(counts.0, 3)
        XCTAssertEqual(counts.1, 3)
        // And the search finds them by title, by text and by a two-letter prefix, accents aside
        func titles(_ query: String) throws -> [String] {
            try press.searchPress(query, detainee: julien.id, allowed: nil, limit: 10).map(\.title)
        }
        XCTAssertEqual(try titles("ecole"), ["La rentrée à l'École"])
        XCTAssertEqual(try titles("eleves"), ["La rentrée à l'École"])
        XCTAssertEqual(try titles("liege"), ["Météo"])
        XCTAssertEqual(try titles("bu"), ["Budget fédéral"])
        // And the index now keeps prefixes, and deleting an article still removes its index row
        let sql = try database.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'press_search'")
        }
        XCTAssertTrue(sql?.contains("prefix") == true, sql ?? "no table")
        try database.write { db in try db.execute(sql: "DELETE FROM press_article WHERE title = 'Météo'") }
        XCTAssertEqual(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM press_search") }, 2)
        XCTAssertEqual(try titles("liege"), [])
    }

    func testAnOlderDatabaseKeepsEveryCourseSortedAndFound() throws {
        // Given a database of v10 with three courses
        try makeV10Database()
        // When the kiosk opens it
        let database = try openDatabase()
        let julien = try createJulien(database)
        let courses = CourseRepository(database: database)
        // Then every course has its sort key, and the catalogue lists them by folded title
        let keys = try database.read { db in
            try String.fetchAll(db, sql: "SELECT sort_key FROM course ORDER BY id")
        }
        XCTAssertEqual(keys, ["budget au quotidien", "ecrire son cv", "zebres et zoos"])
        let list = try courses.courses(detainee: julien.id, filter: CourseFilter(), limit: 10)
        XCTAssertEqual(list.courses.map(\.id), ["budget", "ecrire", "zeta"])
        XCTAssertEqual(list.courses.map(\.stepCount), [1, 1, 1])
        XCTAssertEqual(list.matching, 3)
        // And typed words still find them, from the first letter
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(search: "z"), limit: 10).courses.map(\.id),
                       ["zeta"])
        XCTAssertEqual(try courses.courses(detainee: julien.id, filter: CourseFilter(search: "ecri"), limit: 10).courses.map(\.id),
                       ["ecrire"])
        // And deleting a course still removes its index row
        try database.write { db in try db.execute(sql: "DELETE FROM course WHERE id = 'zeta'") }
        XCTAssertEqual(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course_search") }, 2)
    }
}
