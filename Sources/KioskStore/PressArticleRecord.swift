import Foundation
import GRDB
import KioskCore

/// One row of the `press_article` table; the body is the article's `Document` as JSON.
struct PressArticleRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = PressSchema.article

    /// Longest title kept, in Unicode scalars (a feed's title is one line, not an essay).
    static let maximumTitleLength = 300

    var id: Int64?
    var sourceURL: String
    var itemKey: String
    var title: String
    var link: String?
    var author: String?
    var publishedAt: Date
    var dateWasMissing: Bool
    var fetchedAt: Date
    /// `Document` encoded by `encode(_:)`.
    var body: String

    enum CodingKeys: String, CodingKey {
        case id, title, link, author, body
        case sourceURL = "source_url"
        case itemKey = "item_key"
        case publishedAt = "published_at"
        case dateWasMissing = "date_was_missing"
        case fetchedAt = "fetched_at"
    }

    enum Columns {
        static let sourceURL = Column(CodingKeys.sourceURL)
        static let itemKey = Column(CodingKeys.itemKey)
    }

    /// A draft of `source` fetched at `fetchedAt`, its title cleaned to one capped line.
    init(_ draft: PressArticleDraft, source: String, fetchedAt: Date) throws {
        id = nil
        sourceURL = source
        itemKey = draft.key
        title = Self.title(draft.title)
        link = draft.link
        author = draft.author
        publishedAt = draft.published
        dateWasMissing = draft.dateWasMissing
        self.fetchedAt = fetchedAt
        body = Self.encode(draft.document)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The document kept in `body`; an empty one if the JSON cannot be read (a row written by
    /// hand or by a version that knew other blocks), so the title and link still show.
    var document: Document {
        (try? JSONDecoder().decode(Document.self, from: Data(body.utf8))) ?? Document()
    }

    /// The document as JSON (`DocumentJSONWriter`: what `JSONEncoder` writes, keys in a fixed order).
    static func encode(_ document: Document) -> String {
        DocumentJSONWriter.json(document)
    }

    /// One line of at most `maximumTitleLength` scalars.
    static func title(_ text: String) -> String {
        TextSanitizer(maxLength: maximumTitleLength).clean(text).trimming(.whitespaces)
    }

    /// Inserts the row through one cached statement and takes its id: the same row as the
    /// record's own `insert`, which encodes every field through `Codable` again for each of
    /// an import's thousands of rows.
    mutating func insertRow(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(Self.databaseTableName)
                (source_url, item_key, title, link, author, published_at, date_was_missing, fetched_at, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            sourceURL, itemKey, title, link, author, StorageDateText.value(publishedAt), dateWasMissing,
            StorageDateText.value(fetchedAt), body,
        ])
        id = db.lastInsertedRowID
    }

    /// Whether `source` already keeps an article with this key.
    static func exists(source: String, key: String, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "SELECT 1 FROM \(databaseTableName) WHERE source_url = ? AND item_key = ? LIMIT 1")
        return try Int.fetchOne(statement, arguments: [source, key]) != nil
    }
}
