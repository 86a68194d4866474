import Foundation
import KioskContent
import KioskCore
import XCTest

/// Valid catalogue files read into exactly the catalogue they describe.
final class ServiceCatalogReaderTests: XCTestCase {
    /// A small valid catalogue: both ways of writing texts, options as headers and inline,
    /// every kind of field. The error tests change one line of it at a time.
    static let validFile = """
    [[department]]
    id = "medical"
    name.fr = "Service médical"
    name.nl = "Medische dienst"
    name.de = "Medizinischer Dienst"
    name.en = "Medical service"

    [[department]]
    id = "coordination"
    name = { fr = "Coordination", nl = "Coördinatie", de = "Koordination", en = "Coordination" }

    [[service]]
    id = "medical"
    department = "medical"
    open-limit = 1
    title.fr = "Consultation médicale"
    title.nl = "Medische consultatie"
    title.de = "Ärztliche Sprechstunde"
    title.en = "Medical consultation"
    description.fr = \"\"\"
    Le service médical répond dans les deux jours ouvrables.
    En cas d'urgence, utilisez l'interphone.\"\"\"
    description.nl = "De medische dienst antwoordt binnen twee werkdagen."
    description.de = "Der medizinische Dienst antwortet binnen zwei Werktagen."
    description.en = "The medical service answers within two working days."

    [[service.field]]
    id = "care"
    kind = "choice"
    label.fr = "Qui ?"
    label.nl = "Wie?"
    label.de = "Wer?"
    label.en = "Who?"

    [[service.field.option]]
    id = "doctor"
    label = { fr = "Médecin", nl = "Arts", de = "Arzt", en = "Doctor" }

    [[service.field.option]]
    id = "nurse"
    label = { fr = "Infirmier", nl = "Verpleegkundige", de = "Pfleger", en = "Nurse" }

    [[service.field]]
    id = "symptoms"
    kind = "text"
    max-length = 500
    label = { fr = "Symptômes", nl = "Klachten", de = "Beschwerden", en = "Symptoms" }
    help = { fr = "Depuis quand ?", nl = "Sinds wanneer?", de = "Seit wann?", en = "Since when?" }

    [[service.field]]
    id = "day"
    kind = "date"
    required = false
    label = { fr = "Jour", nl = "Dag", de = "Tag", en = "Day" }

    [[service]]
    id = "network-meeting"
    department = "coordination"
    title = { fr = "Réunion de réseau", nl = "Netwerkoverleg", de = "Netzwerktreffen", en = "Network meeting" }
    description = { fr = "Vous choisissez.", nl = "Jij kiest.", de = "Sie wählen.", en = "You choose." }

    [[service.field]]
    id = "guests"
    kind = "people"
    max-length = 6
    label = { fr = "Invités", nl = "Gasten", de = "Gäste", en = "Guests" }

    [[service.field.relation]]
    id = "family"
    label = { fr = "Famille", nl = "Familie", de = "Familie", en = "Family" }

    [[service.field]]
    id = "topics"
    kind = "choices"
    label = { fr = "Sujets", nl = "Onderwerpen", de = "Themen", en = "Topics" }
    option = [
      { id = "housing", label = { fr = "Logement", nl = "Huisvesting", de = "Wohnung", en = "Housing" } },
      { id = "work", label = { fr = "Travail", nl = "Werk", de = "Arbeit", en = "Work" } },
    ]
    """

    /// The catalogue `validFile` describes.
    static let validCatalog = ServiceCatalog(
        departments: [
            ServiceDepartment(id: "medical", name: texts("Service médical", "Medische dienst", "Medizinischer Dienst", "Medical service")),
            ServiceDepartment(id: "coordination", name: texts("Coordination", "Coördinatie", "Koordination", "Coordination")),
        ],
        services: [
            ServiceDefinition(
                id: "medical", department: "medical",
                title: texts("Consultation médicale", "Medische consultatie", "Ärztliche Sprechstunde", "Medical consultation"),
                description: texts("Le service médical répond dans les deux jours ouvrables. En cas d'urgence, utilisez l'interphone.",
                                   "De medische dienst antwoordt binnen twee werkdagen.",
                                   "Der medizinische Dienst antwortet binnen zwei Werktagen.",
                                   "The medical service answers within two working days."),
                openLimit: 1,
                fields: [
                    ServiceField(id: "care", kind: .choice, label: texts("Qui ?", "Wie?", "Wer?", "Who?"), options: [
                        ServiceOption(id: "doctor", label: texts("Médecin", "Arts", "Arzt", "Doctor")),
                        ServiceOption(id: "nurse", label: texts("Infirmier", "Verpleegkundige", "Pfleger", "Nurse")),
                    ]),
                    ServiceField(id: "symptoms", kind: .text, label: texts("Symptômes", "Klachten", "Beschwerden", "Symptoms"),
                                 help: texts("Depuis quand ?", "Sinds wanneer?", "Seit wann?", "Since when?"), maxLength: 500),
                    ServiceField(id: "day", kind: .date, label: texts("Jour", "Dag", "Tag", "Day"), isRequired: false),
                ]),
            ServiceDefinition(
                id: "network-meeting", department: "coordination",
                title: texts("Réunion de réseau", "Netwerkoverleg", "Netzwerktreffen", "Network meeting"),
                description: texts("Vous choisissez.", "Jij kiest.", "Sie wählen.", "You choose."),
                fields: [
                    ServiceField(id: "guests", kind: .people, label: texts("Invités", "Gasten", "Gäste", "Guests"), maxLength: 6,
                                 relations: [ServiceOption(id: "family", label: texts("Famille", "Familie", "Familie", "Family"))]),
                    ServiceField(id: "topics", kind: .choices, label: texts("Sujets", "Onderwerpen", "Themen", "Topics"), options: [
                        ServiceOption(id: "housing", label: texts("Logement", "Huisvesting", "Wohnung", "Housing")),
                        ServiceOption(id: "work", label: texts("Travail", "Werk", "Arbeit", "Work")),
                    ]),
                ]),
        ])

    static func texts(_ fr: String, _ nl: String, _ de: String, _ en: String) -> LocalizedText {
        LocalizedText([.fr: fr, .nl: nl, .de: de, .en: en])
    }

    /// The valid file with line `number` (from 1) replaced by `text`.
    static func validFile(line number: Int, _ text: String) -> String {
        var lines = validFile.components(separatedBy: "\n")
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    func testSmallFileGivesTheExactCatalogue() throws {
        // Given the small valid file
        // When it is read
        let catalog = try ServiceCatalogReader.read(text: Self.validFile, path: "services.toml")
        // Then every department, service, field, option and relation is there, in file order
        XCTAssertEqual(catalog, Self.validCatalog)
    }

    func testLeftOutKeysTakeTheirDefaults() throws {
        // When the small file is read
        let catalog = try ServiceCatalogReader.read(text: Self.validFile, path: "services.toml")
        let meeting = try XCTUnwrap(catalog.service("network-meeting"))
        let medical = try XCTUnwrap(catalog.service("medical"))
        // Then a service without open-limit has none, a field without required is required,
        // and a field without max-length has the model's default
        XCTAssertNil(meeting.openLimit)
        XCTAssertEqual(medical.field("care")?.isRequired, true)
        XCTAssertNil(medical.field("care")?.help)
        XCTAssertEqual(meeting.field("topics")?.maxLength, ServiceField.defaultMaxLength(.choices))
        XCTAssertEqual(medical.field("day")?.isRequired, false)
    }

    func testFileIsCheckedWithoutProblems() {
        // When the small file is checked
        let problems = ServiceCatalogReader.problems(inText: Self.validFile, path: "services.toml")
        // Then nothing is wrong
        XCTAssertEqual(problems, [])
    }

    func testLinesMakeParagraphsAndLayoutIsTidied() throws {
        // Given a description of two paragraphs with indented lines, runs of spaces, a tab,
        // blank lines and Windows line breaks, and a title written with a decomposed accent
        let written = "\"\"\"\nLe service médical répond dans les deux jours ouvrables.\nEn cas d'urgence, utilisez l'interphone.\"\"\""
        let text = Self.validFile
            .replacingOccurrences(of: written, with: "\"\"\"\r\n  Première  ligne,\t \r\n  suite.\r\n\r\n\r\n  Second paragraphe.  \r\n\"\"\"")
            .replacingOccurrences(of: "title.fr = \"Consultation médicale\"", with: "title.fr = \"Consultation me\u{301}dicale \"")
        XCTAssertTrue(text.contains("Première") && text.unicodeScalars.contains("\u{301}"))
        // When it is read
        let catalog = try ServiceCatalogReader.read(text: text, path: "services.toml")
        let medical = try XCTUnwrap(catalog.service("medical"))
        // Then lines next to each other make one paragraph, spaces are one, one blank line
        // separates paragraphs, and the accent is composed
        XCTAssertEqual(medical.description.text(in: .fr), "Première ligne, suite.\n\nSecond paragraphe.")
        XCTAssertEqual(medical.title.text(in: .fr), "Consultation médicale")
        XCTAssertEqual(medical.title.text(in: .fr).unicodeScalars.count, 21)
    }

    func testFileIsReadFromDiskAndNamedAsGiven() throws {
        // Given the valid file on disk, saved with a byte order mark
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("services.toml")
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.validFile.utf8)).write(to: url)
        // When it is read from its URL
        let catalog = try ServiceCatalogReader.read(fileAt: url)
        // Then it gives the same catalogue as its text
        XCTAssertEqual(catalog, Self.validCatalog)
        XCTAssertEqual(ServiceCatalogReader.problems(inFileAt: url), [])
    }

    func testSymbolicLinkGivenOnTheCommandLineIsFollowed() throws {
        // Given a link to the valid file, as a deployment may keep one under /etc
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("services-2026.toml")
        try Data(Self.validFile.utf8).write(to: target)
        let link = folder.appendingPathComponent("services.toml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        // When the link is read
        // Then the file it names is read
        XCTAssertEqual(try ServiceCatalogReader.read(fileAt: link), Self.validCatalog)
    }

    func testExampleOfTheFormatReferenceReads() throws {
        // Given the example of docs/service-catalogue.md, the first TOML block with a department
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/service-catalogue.md")
        let blocks = try String(contentsOf: reference, encoding: .utf8).components(separatedBy: "```toml\n").dropFirst()
        let example = try XCTUnwrap(blocks.first { $0.contains("[[department]]") }?.components(separatedBy: "```").first)
        // When it is read
        let catalog = try ServiceCatalogReader.read(text: example, path: "service-catalogue.md")
        // Then it is the network meeting it shows, with two paragraphs and every kind it names
        let meeting = try XCTUnwrap(catalog.service("network-meeting"))
        XCTAssertEqual(meeting.description.text(in: .en),
                       "A meeting about your future, with the people you choose.\n\nAn impartial coordinator prepares it with you.")
        XCTAssertEqual(meeting.fields.map(\.kind), [.people, .date])
        XCTAssertEqual(meeting.fields.first?.relations.map(\.id), ["family", "professional"])
    }

    func testCatalogueSurvivesTheStoreRoundTrip() throws {
        // Given the catalogue read from the small file
        let catalog = try ServiceCatalogReader.read(text: Self.validFile, path: "services.toml")
        // When it is encoded and decoded as the store keeps it
        let decoded = try JSONDecoder().decode(ServiceCatalog.self, from: JSONEncoder().encode(catalog))
        // Then nothing is lost
        XCTAssertEqual(decoded, catalog)
    }
}
