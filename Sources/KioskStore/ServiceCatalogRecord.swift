import Foundation
import GRDB
import KioskCore

/// The one row of the `service_catalog` table: the catalogue as last imported, as JSON.
struct ServiceCatalogRecord: Equatable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = RequestSchema.catalog
    /// The id of the only row.
    static let rowID: Int64 = 1

    var id: Int64
    /// The `ServiceCatalog` as JSON.
    var catalog: String
    var importedAt: Date
    var importedBy: String

    enum CodingKeys: String, CodingKey {
        case id, catalog
        case importedAt = "imported_at"
        case importedBy = "imported_by"
    }

    init(_ catalog: ServiceCatalog, importedAt: Date, by author: String) throws {
        id = Self.rowID
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self.catalog = String(decoding: try encoder.encode(catalog), as: UTF8.self)
        self.importedAt = importedAt
        importedBy = author
    }

    /// The catalogue as last imported; `.empty` before any import.
    static func current(in db: Database) throws -> ServiceCatalog {
        let statement = try db.cachedStatement(sql: "SELECT catalog FROM \(databaseTableName) WHERE id = ?")
        guard let text = try String.fetchOne(statement, arguments: [rowID]) else { return .empty }
        return try ServiceCatalogMemo.shared.catalog(decoding: text)
    }
}
