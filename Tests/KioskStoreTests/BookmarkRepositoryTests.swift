import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class BookmarkRepositoryTests: StoreTestCase {
    private let job = "http://werkplein.localhost/jobs/job-104.html"

    func testTheMigrationIsAppliedAndKeysAnAddressOncePerDetainee() throws {
        // Given a fresh database
        let database = try openDatabase()
        // Then the bookmarks migration is applied, and its table is keyed by detainee and URL
        XCTAssertTrue(try database.appliedMigrations().contains("v10-bookmarks"))
        let unique = try database.pool.read { db in try db.table("bookmark", hasUniqueKey: ["detainee_id", "url"]) }
        XCTAssertTrue(unique)
    }

    func testBookmarksAreKeptPerDetaineeNewestFirstAndSurviveAReopen() throws {
        // Given Julien and a second detainee
        let database = try openDatabase()
        let julien = try createJulien(database)
        let other = try makeAdmin(database).createDetainee(number: "1002", pin: Secret("1234"), name: "Anna", cell: "A-102",
                                                           language: .nl, now: Self.noon)
        let bookmarks = BookmarkRepository(database: database)
        // When Julien keeps two pages and Anna one
        _ = try bookmarks.add(url: "http://werkplein.localhost/", title: "Werkplein", detainee: julien.id, at: Self.noon)
        let list = try bookmarks.add(url: job, title: "Kok", detainee: julien.id, at: Self.noon.addingTimeInterval(60))
        _ = try bookmarks.add(url: job, title: "Kok", detainee: other.id, at: Self.noon)
        // Then each sees their own, newest first, after the file is opened again
        XCTAssertEqual(list?.map(\.url), [job, "http://werkplein.localhost/"])
        try database.close()
        let reopened = BookmarkRepository(database: try openDatabase())
        XCTAssertEqual(try reopened.bookmarks(detainee: julien.id),
                       [Bookmark(url: job, title: "Kok", createdAt: Self.noon.addingTimeInterval(60)),
                        Bookmark(url: "http://werkplein.localhost/", title: "Werkplein", createdAt: Self.noon)])
        XCTAssertEqual(try reopened.bookmarks(detainee: other.id).map(\.url), [job])
    }

    func testAnAddressKeptAgainGetsItsNewTitleOnce() throws {
        let database = try openDatabase()
        let julien = try createJulien(database)
        let bookmarks = BookmarkRepository(database: database)
        _ = try bookmarks.add(url: job, title: "Kok", detainee: julien.id, at: Self.noon)
        let list = try bookmarks.add(url: job, title: "Kok (m/v/x)", detainee: julien.id, at: Self.noon.addingTimeInterval(60))
        XCTAssertEqual(list, [Bookmark(url: job, title: "Kok (m/v/x)", createdAt: Self.noon)])
    }

    func testFiftyAreTheMostAndRemovingMakesRoom() throws {
        // Given fifty bookmarks
        let database = try openDatabase()
        let julien = try createJulien(database)
        let bookmarks = BookmarkRepository(database: database)
        for index in 1...50 {
            XCTAssertNotNil(try bookmarks.add(url: "http://werkplein.localhost/\(index)", title: "\(index)", detainee: julien.id,
                                              at: Self.noon.addingTimeInterval(Double(index))))
        }
        // When a fifty-first is added, it is refused and nothing is written
        XCTAssertNil(try bookmarks.add(url: job, title: "Kok", detainee: julien.id, at: Self.noon))
        XCTAssertEqual(try bookmarks.bookmarks(detainee: julien.id).count, 50)
        // Then one removed makes room for it
        let afterRemoval = try bookmarks.remove(url: "http://werkplein.localhost/1", detainee: julien.id)
        XCTAssertEqual(afterRemoval.count, 49)
        XCTAssertEqual(try bookmarks.add(url: job, title: "Kok", detainee: julien.id, at: Self.noon.addingTimeInterval(99))?.first?.url, job)
    }

    func testHostileTitlesAreCleanedAndAnEmptyTitleBecomesTheAddress() throws {
        let database = try openDatabase()
        let julien = try createJulien(database)
        let bookmarks = BookmarkRepository(database: database)
        let list = try bookmarks.add(url: job, title: "Kok\u{1B}[2J\u{202E}" + String(repeating: "x", count: 500), detainee: julien.id,
                                     at: Self.noon)
        XCTAssertEqual(list?.first?.title, "Kok[2J" + String(repeating: "x", count: 194))
        let untitled = try bookmarks.add(url: "http://werkplein.localhost/", title: "\u{7}", detainee: julien.id, at: Self.noon)
        XCTAssertEqual(untitled?.first { $0.url == "http://werkplein.localhost/" }?.title, "http://werkplein.localhost/")
    }

    func testADetaineeRemovedTakesTheirBookmarks() throws {
        let database = try openDatabase()
        let julien = try createJulien(database)
        _ = try BookmarkRepository(database: database).add(url: job, title: "Kok", detainee: julien.id, at: Self.noon)
        try database.pool.write { db in try db.execute(sql: "DELETE FROM detainee WHERE id = ?", arguments: [julien.id]) }
        let left = try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark") }
        XCTAssertEqual(left, 0)
    }

    func testTheJobSiteStoreAnswersThroughThePort() throws {
        // Given the store behind the core's port
        let database = try openDatabase()
        let julien = try createJulien(database)
        let store: JobSiteStore = JobSiteRepository(database: database)
        // When a bookmark is added and removed through it
        XCTAssertEqual(try store.addBookmark(url: job, title: "Kok", detainee: julien.id, at: Self.noon)?.map(\.url), [job])
        XCTAssertEqual(try store.removeBookmark(url: job, detainee: julien.id), [])
        XCTAssertEqual(try store.bookmarks(detainee: julien.id), [])
    }
}
