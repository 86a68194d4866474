import Foundation
import KioskContent
import KioskCore
import XCTest

/// The shipped catalogue, `content/services.toml`, reads without a problem and offers what the
/// prison needs, in every language, short enough for an 80-column screen.
final class DemoServicesTests: XCTestCase {
    /// `content/services.toml` of this repository.
    private static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/services.toml")

    private func catalog() throws -> ServiceCatalog {
        try ServiceCatalogReader.read(fileAt: Self.file)
    }

    /// Every text of the catalogue with where it is, and whether it is one line.
    private func texts(_ catalog: ServiceCatalog) -> [(place: String, text: LocalizedText, isLine: Bool)] {
        var texts: [(String, LocalizedText, Bool)] = catalog.departments.map { ("department \($0.id)", $0.name, true) }
        for service in catalog.services {
            texts.append(("service \(service.id) title", service.title, true))
            texts.append(("service \(service.id) description", service.description, false))
            for field in service.fields {
                let place = "service \(service.id) field \(field.id)"
                texts.append((place + " label", field.label, true))
                if let help = field.help { texts.append((place + " help", help, false)) }
                for option in field.options + field.relations { texts.append((place + " option \(option.id)", option.label, true)) }
            }
        }
        return texts
    }

    func testShippedCatalogueHasNoProblem() throws {
        // When the shipped file is checked
        let problems = ServiceCatalogReader.problems(inFileAt: Self.file)
        // Then nothing is wrong
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertNoThrow(try catalog())
    }

    func testEveryServiceThePrisonNeedsIsThere() throws {
        // When the catalogue is read
        let catalog = try catalog()
        // Then the services are these, in this order, each answered by its department
        XCTAssertEqual(catalog.services.map(\.id), [
            "medical", "psychosocial", "social-worker", "library", "canteen", "work", "education", "chaplain",
            "lawyer", "visits", "complaint", "network-meeting", "mentoring", "job-centre", "housing", "debt-help", "addiction",
        ])
        XCTAssertEqual(catalog.departments.map(\.id), [
            "medical", "psychosocial", "social", "library", "canteen", "work", "education", "chaplaincy", "legal",
            "visits", "direction", "coordination", "mentoring", "reintegration",
        ])
        XCTAssertEqual(catalog.service("medical")?.openLimit, 1)
        XCTAssertEqual(catalog.service("complaint")?.department, "direction")
        XCTAssertEqual(Set(["job-centre", "housing", "debt-help", "addiction"].compactMap { catalog.service($0)?.department }),
                       ["reintegration"])
    }

    func testEveryDepartmentIsNamedByAServiceAndEveryServiceNamesADepartment() throws {
        let catalog = try catalog()
        let departments = Set(catalog.departments.map(\.id))
        let named = Set(catalog.services.map(\.department))
        // Then no service names a missing department, and no department is left without a service
        XCTAssertEqual(named.subtracting(departments), [])
        XCTAssertEqual(departments.subtracting(named), [])
    }

    func testNetworkMeetingLetsTheDetaineeChooseGuestsAndTopics() throws {
        let meeting = try XCTUnwrap(try catalog().service("network-meeting"))
        // Then an impartial coordinator organises it
        XCTAssertEqual(meeting.department, "coordination")
        XCTAssertTrue(meeting.description.text(in: .en).contains("impartial coordinator"))
        XCTAssertTrue(meeting.description.text(in: .fr).contains("coordinateur impartial"))
        // And the detainee names the guests, each family, friend, professional or volunteer
        let guests = try XCTUnwrap(meeting.fields.first { $0.kind == .people })
        XCTAssertEqual(guests.relations.map(\.id), ["family", "friend", "professional", "volunteer"])
        XCTAssertTrue(guests.isRequired)
        // And picks the topics among several
        let topics = try XCTUnwrap(meeting.fields.first { $0.kind == .choices })
        XCTAssertGreaterThanOrEqual(topics.options.count, 4)
    }

    func testMentoringSessionAsksForADate() throws {
        let mentoring = try XCTUnwrap(try catalog().service("mentoring"))
        XCTAssertEqual(mentoring.department, "mentoring")
        XCTAssertEqual(mentoring.fields.first?.kind, .date)
    }

    func testEveryFieldKindIsUsed() throws {
        let kinds = Set(try catalog().services.flatMap(\.fields).map(\.kind))
        XCTAssertEqual(kinds, Set(ServiceField.Kind.allCases))
    }

    func testEveryTextIsInTheFourLanguagesAndDiffersFromEnglishSomewhere() throws {
        let texts = texts(try catalog())
        for (place, text, _) in texts {
            // Then each text is given in each language, none empty
            XCTAssertEqual(Set(text.texts.keys), Set(Language.allCases.map(\.rawValue)), place)
            XCTAssertFalse(text.texts.values.contains(""), place)
        }
        // And every description is really translated, not copied from English
        for (place, text, isLine) in texts where !isLine {
            for language in [Language.fr, .nl, .de] {
                XCTAssertNotEqual(text.text(in: language), text.text(in: .en), "\(place) in \(language.rawValue)")
            }
        }
    }

    func testTextsFitAnEightyColumnScreen() throws {
        for (place, text, isLine) in texts(try catalog()) {
            for language in Language.allCases {
                let written = text.text(in: language)
                if isLine {
                    // Then titles, names, labels and options are at most 60 characters
                    XCTAssertLessThanOrEqual(written.count, 60, "\(place) in \(language.rawValue): \(written)")
                } else {
                    // And a description or help is at most six lines of 80 columns
                    XCTAssertLessThanOrEqual(written.count, 480, "\(place) in \(language.rawValue)")
                }
            }
        }
    }

    func testMedicalServiceSaysHowFastItAnswersAndWhatToDoInAnEmergency() throws {
        let medical = try XCTUnwrap(try catalog().service("medical"))
        XCTAssertTrue(medical.description.text(in: .en).contains("within two working days"))
        XCTAssertTrue(medical.description.text(in: .en).contains("intercom"))
        XCTAssertTrue(medical.description.text(in: .nl).contains("intercom"))
        XCTAssertTrue(medical.description.text(in: .de).contains("Sprechanlage"))
        XCTAssertTrue(medical.description.text(in: .fr).contains("interphone"))
    }

    func testJobCentreNamesTheFourRegionalServices() throws {
        let jobs = try XCTUnwrap(try catalog().service("job-centre"))
        for language in Language.allCases {
            for name in ["VDAB", "Forem", "Actiris", "ADG"] {
                XCTAssertTrue(jobs.title.text(in: language).contains(name), "\(name) in \(language.rawValue)")
            }
        }
    }
}
