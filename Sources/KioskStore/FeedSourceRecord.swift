import Foundation
import GRDB
import KioskCore

/// One row of the `feed_source` table.
struct FeedSourceRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = AllowlistSchema.feedSource

    var id: Int64?
    var url: String
    var name: String
    var language: Language
    var enabled: Bool
    var createdAt: Date
    var createdBy: String

    enum CodingKeys: String, CodingKey {
        case id, url, name, language, enabled
        case createdAt = "created_at"
        case createdBy = "created_by"
    }

    enum Columns {
        static let url = Column(CodingKeys.url)
        static let enabled = Column(CodingKeys.enabled)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var entry: FeedSourceEntry {
        FeedSourceEntry(url: url, name: name, language: language, enabled: enabled, createdAt: createdAt, createdBy: createdBy)
    }

    static func find(url: String, in db: Database) throws -> FeedSourceRecord? {
        try FeedSourceRecord.filter(Columns.url == url).fetchOne(db)
    }
}

/// A press feed source as listings show it.
public struct FeedSourceEntry: Equatable, Sendable {
    /// The normalised URL (`StrictURL.string`): the one the fetcher requests.
    public var url: String
    public var name: String
    public var language: Language
    /// Disabled feeds are kept but not fetched.
    public var enabled: Bool
    public var createdAt: Date
    public var createdBy: String

    public init(url: String, name: String, language: Language, enabled: Bool, createdAt: Date, createdBy: String) {
        self.url = url
        self.name = name
        self.language = language
        self.enabled = enabled
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}
