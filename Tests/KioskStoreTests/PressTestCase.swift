import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Base class for press archive tests: a real database with a press rule, three feed sources
/// and detainee Julien.
class PressTestCase: StoreTestCase {
    static let soir = "https://news.example.be/soir"
    static let standaard = "https://news.example.be/standaard"
    static let grenzEcho = "https://news.example.be/grenz-echo"
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400

    var noon: Date { Self.noon }

    private(set) var database: KioskDatabase!
    private(set) var press: PressRepository!
    private(set) var allowlist: AllowlistRepository!
    private(set) var julien: DetaineeAccount!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try openDatabase()
        press = PressRepository(database: database)
        allowlist = AllowlistRepository(database: database)
        julien = try createJulien(database)
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin", now: noon)
        try allowlist.addFeed(url: Self.soir, name: "Le Soir", language: .fr, by: "staff:admin", now: noon)
        try allowlist.addFeed(url: Self.standaard, name: "De Standaard", language: .nl, by: "staff:admin", now: noon)
        try allowlist.addFeed(url: Self.grenzEcho, name: "Grenz-Echo", language: .de, by: "staff:admin", now: noon)
    }

    override func tearDownWithError() throws {
        database = nil
        press = nil
        allowlist = nil
        julien = nil
        try super.tearDownWithError()
    }

    /// A second detainee, 1002.
    func createAnna() throws -> DetaineeAccount {
        try makeAdmin(database).createDetainee(
            number: "1002", pin: Secret("1234"), name: "Anna Peeters", cell: "B-202", language: .nl, now: noon)
    }

    /// An article published `hoursAgo` hours before noon, its text one paragraph.
    func draft(_ key: String, _ title: String, hoursAgo: Double = 1, text: String = "") -> PressArticleDraft {
        PressArticleDraft(
            key: key, title: title, link: "https://news.example.be/\(key)", author: nil,
            published: noon - hoursAgo * Self.hour, dateWasMissing: false,
            document: Document(title: title, blocks: text.isEmpty ? [] : [.paragraph([.text(text)])]))
    }

    /// Stores drafts for `source` at noon, keeping anything of the last 30 days.
    @discardableResult
    func store(_ drafts: [PressArticleDraft], in source: String, etag: String? = nil) throws -> PressStoreResult {
        try press.storeArticles(drafts, source: source, etag: etag, lastModified: nil, keepAfter: noon - 30 * Self.day, at: noon)
    }

    /// The ids of articles whose title is `title`, every source, as Julien sees them.
    func id(of title: String) throws -> Int64 {
        let all = try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 1000)
        guard let article = all.first(where: { $0.title == title }) else {
            XCTFail("no article titled \(title)")
            return -1
        }
        return article.id
    }

    /// Titles of `search` results for Julien, every source allowed.
    func titles(searching query: String, allowed: Set<String>? = nil) throws -> [String] {
        try press.searchPress(query, detainee: julien.id, allowed: allowed, limit: 50).map(\.title)
    }

    /// Titles of every kept article, whatever its source's state, straight from the table.
    func keptTitles() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "SELECT title FROM press_article ORDER BY title") }
    }

    /// How many rows `table` has.
    func count(_ table: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}
