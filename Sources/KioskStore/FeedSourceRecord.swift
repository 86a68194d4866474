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
