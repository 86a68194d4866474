import GRDB
import KioskCore

/// v6: seconds each detainee spent in each section per local day, for daily quotas.
enum SectionUseSchema {
    static let table = "section_use"

    static func migrate(_ db: Database) throws {
        try db.create(table: table) { t in
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee, onDelete: .cascade)
            // The local day of the kiosk, `2026-03-02`.
            t.column("day", .text).notNull().check { length($0) == 10 }
            t.column("section", .text).notNull().check { Section.allCases.map(\.rawValue).contains($0) }
            t.column("seconds", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["detainee_id", "day", "section"])
        }
    }
}
