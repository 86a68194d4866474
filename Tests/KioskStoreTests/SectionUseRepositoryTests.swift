import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class SectionUseRepositoryTests: StoreTestCase {
    func testRecordedTimeAddsUpPerDayAndSectionAndSurvivesAReopen() throws {
        // Given a detainee
        var database = try openDatabase()
        let julien = try createJulien(database)
        let repository = SectionUseRepository(database: database)
        // When time is recorded on two days and two sections
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-02", seconds: 60)
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-02", seconds: 25)
        try repository.record(detainee: julien.id, section: .courses, day: "2026-03-02", seconds: 600)
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-03", seconds: 30)
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-02", seconds: 0)
        try database.close()
        // Then, reopened, each day has its own sums
        database = try openDatabase()
        let reopened = SectionUseRepository(database: database)
        XCTAssertEqual(try reopened.usage(detainee: julien.id, day: "2026-03-02"),
                       SectionUsage(day: "2026-03-02", seconds: [.press: 85, .courses: 600]))
        XCTAssertEqual(try reopened.usage(detainee: julien.id, day: "2026-03-03"), SectionUsage(day: "2026-03-03", seconds: [.press: 30]))
        XCTAssertEqual(try reopened.usage(detainee: julien.id, day: "2026-03-04"), SectionUsage(day: "2026-03-04"))
    }

    func testADayIsCappedAtADaysSecondsAndTheSchemaRefusesNonsense() throws {
        let database = try openDatabase()
        let julien = try createJulien(database)
        let repository = SectionUseRepository(database: database)
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-02", seconds: 80_000)
        try repository.record(detainee: julien.id, section: .press, day: "2026-03-02", seconds: 80_000)
        XCTAssertEqual(try repository.usage(detainee: julien.id, day: "2026-03-02").seconds[.press], 86_400)
        // A malformed day or an unknown section never gets in
        XCTAssertThrowsError(try repository.record(detainee: julien.id, section: .press, day: "2026-3-2", seconds: 5))
        XCTAssertThrowsError(try database.write { db in
            try db.execute(sql: "INSERT INTO section_use (detainee_id, day, section, seconds) VALUES (?, '2026-03-02', 'casino', 5)",
                           arguments: [julien.id])
        })
    }
}
