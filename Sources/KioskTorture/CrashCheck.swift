import Foundation
import GRDB

/// What a read-only look at the database finds after kills: whether the file is whole and which
/// request keys it holds how many times.
struct CrashCheck {
    /// `PRAGMA integrity_check`, one line per problem; `["ok"]` when whole.
    var integrity: [String]
    /// Rows of the request table per idempotency key.
    var keys: [String: Int]

    /// Opens the file read-only (never a writer: the check must not repair what a kill left).
    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        (integrity, keys) = try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var keys: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT idempotency_key, COUNT(*) FROM request GROUP BY detainee_id, idempotency_key") {
                keys[row[0], default: 0] += row[1] as Int
            }
            return (integrity, keys)
        }
    }

    /// What is wrong given the keys the screens called sent: empty when all is well.
    func problems(sent: Set<String>) -> [String] {
        var problems: [String] = []
        if integrity != ["ok"] { problems.append("integrity_check: " + integrity.prefix(5).joined(separator: "; ")) }
        for key in sent.sorted() where keys[key] != 1 {
            problems.append("sent key \(key) is in the request table \(keys[key] ?? 0) times")
        }
        for (key, count) in keys where count > 1 && !sent.contains(key) {
            problems.append("key \(key) is in the request table \(count) times")
        }
        return problems
    }
}
