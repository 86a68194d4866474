import Foundation
import KioskCore
@testable import KioskStore
import XCTest

/// Base class for store tests: a real SQLite file in a fresh temporary folder.
///
/// Every database opened through `openDatabase()` must pass `PRAGMA integrity_check` when the
/// test ends, after all of its writes.
class StoreTestCase: XCTestCase {
    /// scrypt at a cost low enough for dozens of hashes per test (never used in production).
    static let cheapHasher = SecretHasher(parameters: .init(logN: 4, blockSize: 1, parallelism: 1))
    /// A fixed moment with whole seconds, so dates survive SQLite's millisecond storage exactly.
    static let noon = Date(timeIntervalSince1970: 1_780_000_000)

    private(set) var folder: URL!
    private var opened: [KioskDatabase] = []

    var databasePath: String { folder.appendingPathComponent("kiosk.sqlite").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("KioskStoreTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        for database in opened { try? database.close() }
        opened = []
        // Then, whatever the test wrote, the file is intact.
        if FileManager.default.fileExists(atPath: databasePath) {
            let check = try KioskDatabase(path: databasePath)
            XCTAssertEqual(try check.integrityCheck(), ["ok"], "integrity_check after the test's writes")
            try check.close()
        }
        try? FileManager.default.removeItem(at: folder)
        try super.tearDownWithError()
    }

    /// Opens (or reopens) the test's database file.
    func openDatabase() throws -> KioskDatabase {
        let database = try KioskDatabase(path: databasePath)
        opened.append(database)
        return database
    }

    func makeAdmin(_ database: KioskDatabase) -> AccountAdmin {
        AccountAdmin(database: database, hasher: Self.cheapHasher)
    }

    func makeRepository(_ database: KioskDatabase, throttle: LoginThrottle = .standard) -> AccountRepository {
        AccountRepository(database: database, hasher: Self.cheapHasher, throttle: throttle)
    }

    /// Creates detainee 1001 with PIN 1234 and returns them.
    @discardableResult
    func createJulien(_ database: KioskDatabase) throws -> DetaineeAccount {
        try makeAdmin(database).createDetainee(
            number: "1001", pin: Secret("1234"), name: "Julien Lambert", cell: "A-101", language: .fr,
            now: Self.noon)
    }
}
