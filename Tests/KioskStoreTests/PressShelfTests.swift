import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// The detainee's side of the archive: what they may see, read marks and the article held open.
final class PressShelfTests: PressTestCase {
    // MARK: - Allowed sources

    func testASourceNotAllowedNeverAppears() throws {
        // Given an article in Le Soir and one in De Standaard, both with the word "budget"
        try store([draft("a", "Budget fédéral")], in: Self.soir)
        try store([draft("b", "Federaal budget")], in: Self.standaard)
        let standaardID = try id(of: "Federaal budget")
        let allowed: Set<String> = ["Le Soir"]
        // When Julien may read Le Soir only
        // Then De Standaard is in no source list, article list, search or opening
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: allowed).map(\.name), ["Le Soir"])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: allowed, limit: 10).map(\.title),
                       ["Budget fédéral"])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: Self.standaard, allowed: allowed, limit: 10), [])
        XCTAssertEqual(try titles(searching: "budget", allowed: allowed), ["Budget fédéral"])
        XCTAssertNil(try press.openArticle(id: standaardID, detainee: julien.id, allowed: allowed, terminal: "cell-101", at: noon))
        // And opening it was not recorded as reading it
        XCTAssertEqual(try count("press_read"), 0)
        XCTAssertEqual(try count("press_reading"), 0)
    }

    func testAnEmptyAllowedSetShowsNothingAndNilShowsEverySource() throws {
        // Given articles in two sources
        try store([draft("a", "Un")], in: Self.soir)
        try store([draft("b", "Twee")], in: Self.standaard)
        // When the profile allows no source, or every source
        // Then nothing, or both, are shown
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: []), [])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: [], limit: 10), [])
        XCTAssertEqual(try titles(searching: "un", allowed: []), [])
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).count, 2)
        // And a name that is a prefix or another case of a source's name allows nothing
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: ["Le", "le soir", "Le Soir "]), [])
    }

    func testADisabledSourceStaysReadableAndARemovedOneIsGoneAtOnce() throws {
        // Given articles in Le Soir and De Standaard
        try store([draft("a", "Soir")], in: Self.soir)
        try store([draft("b", "Standaard")], in: Self.standaard)
        let standaardID = try id(of: "Standaard")
        // When Le Soir is disabled and De Standaard removed
        try allowlist.setFeedEnabled(url: Self.soir, false, by: "staff:admin", now: noon)
        try allowlist.removeFeed(url: Self.standaard, by: "staff:admin", now: noon)
        // Then Le Soir's articles are still listed, found and opened
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).map(\.name), ["Le Soir"])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 10).map(\.title), ["Soir"])
        XCTAssertEqual(try titles(searching: "soir"), ["Soir"])
        // And De Standaard's are neither listed, found nor opened, though still on disk until pruned
        XCTAssertEqual(try titles(searching: "standaard"), [])
        XCTAssertNil(try press.openArticle(id: standaardID, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon))
        XCTAssertEqual(try keptTitles(), ["Soir", "Standaard"])
    }

    // MARK: - Read marks

    func testOpeningMarksReadForThatDetaineeOnly() throws {
        // Given two Soir articles and two detainees
        try store([draft("a", "Un", hoursAgo: 2), draft("b", "Deux", hoursAgo: 1)], in: Self.soir)
        let anna = try createAnna()
        let first = try id(of: "Un")
        // When Julien opens the first one twice
        XCTAssertNotNil(try press.openArticle(id: first, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon))
        XCTAssertNotNil(try press.openArticle(id: first, detainee: julien.id, allowed: nil, terminal: "cell-101",
                                              at: noon + Self.hour))
        // Then it is read for him, once, at the first time, and unread for Anna
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 10).map(\.isRead),
                       [false, true])
        XCTAssertEqual(try press.pressArticles(detainee: anna.id, source: nil, allowed: nil, limit: 10).map(\.isRead),
                       [false, false])
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).first?.unreadCount, 1)
        XCTAssertEqual(try press.pressSources(detainee: anna.id, allowed: nil).first?.unreadCount, 2)
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).first?.articleCount, 2)
        let readAt = try database.read { db in try Date.fetchAll(db, sql: "SELECT read_at FROM press_read") }
        XCTAssertEqual(readAt, [noon])
        XCTAssertEqual(try press.searchPress("un", detainee: julien.id, allowed: nil, limit: 5).map(\.isRead), [true])
    }

    func testAnUnknownArticleOpensAsNil() throws {
        // Given no article
        // When Julien opens id 42
        // Then nothing is returned and nothing written
        XCTAssertNil(try press.openArticle(id: 42, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon))
        XCTAssertEqual(try count("press_reading"), 0)
    }

    // MARK: - Held articles

    func testATerminalHoldsOneArticleAtATimeUntilClosed() throws {
        // Given two articles
        try store([draft("a", "Un"), draft("b", "Deux")], in: Self.soir)
        let (first, second) = (try id(of: "Un"), try id(of: "Deux"))
        // When cell-101 opens one, then the other, and cell-102 opens the first
        _ = try press.openArticle(id: first, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        _ = try press.openArticle(id: second, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon + 60)
        _ = try press.openArticle(id: first, detainee: julien.id, allowed: nil, terminal: "cell-102", at: noon + 120)
        // Then each terminal holds its last one
        XCTAssertEqual(try holds(), ["cell-101": second, "cell-102": first])
        // When cell-101 closes, twice, and an unknown terminal closes
        try press.closeArticle(terminal: "cell-101")
        try press.closeArticle(terminal: "cell-101")
        try press.closeArticle(terminal: "nowhere")
        // Then only cell-102's hold remains
        XCTAssertEqual(try holds(), ["cell-102": first])
    }

    private func holds() throws -> [String: Int64] {
        try database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT terminal, article_id FROM press_reading")
                .map { ($0["terminal"] as String, $0["article_id"] as Int64) })
        }
    }
}
