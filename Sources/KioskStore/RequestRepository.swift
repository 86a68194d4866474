import Foundation
import GRDB
import KioskCore

/// Service requests on SQLite: the detainee's screens (`RequestStore`), the departments'
/// screens (`RequestDesk`), and the catalogue and staff departments that the shell imports and
/// sets.
///
/// A detainee's calls only ever read or write that detainee's requests: someone else's request
/// reads as missing, and internal notes and assignments are left out in SQL before anything is
/// decoded. A member of staff is named by login; their departments are read in the transaction
/// of each call, and a request of another department reads as missing (the refusal of an act
/// on it is worded as for a request that does not exist). Every write is one transaction
/// committed with `synchronous=FULL`; every staff change carries its audit line in it, and no
/// audit line ever holds the words of a message, a note or a reason.
///
/// `updated_at` moves only with what the detainee reads from staff (a message, a status change,
/// a forward), so a note or an assignment does not lift a request in the detainee's list.
public struct RequestRepository: RequestStore, RequestDesk {
    /// The most characters of a message, a note or a reason.
    public static let maximumTextLength = 4000
    /// How long an idempotency key may be, in characters.
    public static let keyLengths = 1...128

    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    // MARK: - Rules

    /// Why `text` cannot be written in a thread, worded for staff with the text's `name`
    /// ("message", "reason"); nil when it can: 1 to 4000 characters, not only spaces, clean as
    /// the sanitiser leaves text (`RequestValidation.isClean`).
    static func textProblem(_ text: String, named name: String = "text") -> String? {
        if text.allSatisfy(\.isWhitespace) { return "The \(name) is empty" }
        if text.count > maximumTextLength { return "The \(name) is longer than \(maximumTextLength) characters" }
        if !RequestValidation.isClean(text) { return "The \(name) holds characters that are not allowed" }
        return nil
    }

    /// Whether `key` can serve as an idempotency key: 1 to 128 printable ASCII characters.
    static func isUsableKey(_ key: String) -> Bool {
        keyLengths.contains(key.unicodeScalars.count)
            && key.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }
    }

    // MARK: - Access

    /// Reads in a snapshot; any failure is the store's failure.
    func read<T>(_ body: (Database) throws -> T) throws(StoreFailure) -> T {
        do { return try database.read(body) } catch { throw error.failure }
    }

    /// Writes in one immediate transaction; any failure rolls it back and is the store's failure.
    func write<T>(_ body: (Database) throws -> T) throws(StoreFailure) -> T {
        do { return try database.write(body) } catch { throw error.failure }
    }
}
