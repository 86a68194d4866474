import Foundation
import KioskContent
import KioskCore
import XCTest

/// Broken catalogue files: each problem names the file, the line and what is wrong.
final class ServiceCatalogErrorTests: XCTestCase {
    private let path = "services.toml"

    /// The valid file with the lines given (from 1) replaced.
    private func file(_ changes: [Int: String]) -> String {
        var lines = ServiceCatalogReaderTests.validFile.components(separatedBy: "\n")
        for (number, text) in changes { lines[number - 1] = text }
        return lines.joined(separator: "\n")
    }

    /// `file:line: message` of the problem reading `text` throws; fails the test when it reads.
    private func error(_ text: String, limits: ServiceCatalogLimits = ServiceCatalogLimits(),
                       file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try ServiceCatalogReader(limits: limits).read(text: text, path: path)
            XCTFail("expected a problem, the catalogue was read", file: file, line: line)
            return nil
        } catch {
            return error.description
        }
    }

    /// Every problem of `text`, as `file:line: message`.
    private func problems(_ text: String, limits: ServiceCatalogLimits = ServiceCatalogLimits()) -> [String] {
        ServiceCatalogReader(limits: limits).problems(inText: text, path: path).map(\.description)
    }

    // MARK: - The file as a whole

    func testSyntaxErrorHasLineAndColumn() throws {
        // Given a department whose value lacks its closing quote
        let text = file([14: "department = \"medical"])
        // When it is read
        let thrown: FileError
        do {
            _ = try ServiceCatalogReader.read(text: text, path: path)
            return XCTFail("expected a syntax error")
        } catch {
            thrown = error
        }
        // Then TOMLKit's position is given
        XCTAssertEqual(thrown.path, path)
        XCTAssertEqual(thrown.line, 14)
        XCTAssertNotNil(thrown.column)
        XCTAssertTrue(thrown.message.hasPrefix("not valid TOML: "), thrown.description)
    }

    func testFileLargerThanTheCapIsRefusedBeforeParsing() {
        // Given a cap of 1 KB and the valid file, which is larger
        var limits = ServiceCatalogLimits()
        limits.maxFileBytes = 1024
        // Then it is refused as a whole
        XCTAssertEqual(error(ServiceCatalogReaderTests.validFile, limits: limits),
                       "services.toml: the service catalogue is larger than 1 KB")
    }

    func testFileProblemsOnDisk() throws {
        // Given a folder holding a file that is not UTF-8 on its third line, a folder and nothing else
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.toml")
        try Data(Array("[[department]]\nid = \"medical\"\nname.fr = \"Service m".utf8) + [0xE9] + Array("dical\"\n".utf8))
            .write(to: latin1)
        let tooLarge = folder.appendingPathComponent("large.toml")
        try Data(repeating: UInt8(ascii: "#"), count: 2048).write(to: tooLarge)
        var limits = ServiceCatalogLimits()
        limits.maxFileBytes = 1024
        // Then each is named with what is wrong, the bad byte by line and column
        XCTAssertEqual(ServiceCatalogReader.problems(inFileAt: latin1).map(\.description),
                       [latin1.path + ":3:21: not UTF-8 text; save the file as UTF-8"])
        XCTAssertEqual(ServiceCatalogReader(limits: limits).problems(inFileAt: tooLarge).map(\.description),
                       [tooLarge.path + ": the service catalogue is larger than 1 KB"])
        XCTAssertEqual(ServiceCatalogReader.problems(inFileAt: folder).map(\.description), [folder.path + ": not a plain file"])
        let missing = folder.appendingPathComponent("missing.toml")
        XCTAssertEqual(ServiceCatalogReader.problems(inFileAt: missing).map(\.description), [missing.path + ": the file is missing"])
    }

    func testCatalogueWithoutServicesOrDepartments() {
        // Given an empty file
        // Then both missing parts are named, without a line
        XCTAssertEqual(problems(""), [
            "services.toml: the catalogue has no departments; add a [[department]] table for each",
            "services.toml: the catalogue has no services; add a [[service]] table for each",
        ])
    }

    func testServiceWithoutFormIsRefused() {
        // Given a service with no [[service.field]]
        let text = """
        [[department]]
        id = "library"
        name = { fr = "Bibliothèque", nl = "Bibliotheek", de = "Bibliothek", en = "Library" }

        [[service]]
        id = "library"
        department = "library"
        title = { fr = "Bibliothèque", nl = "Bibliotheek", de = "Bibliothek", en = "Library" }
        description = { fr = "Des livres.", nl = "Boeken.", de = "Bücher.", en = "Books." }
        """
        // Then the service's header is named
        XCTAssertEqual(error(text), "services.toml:5: the service has no form; add a [[service.field]] table for each question")
    }

    // MARK: - Keys

    func testUnknownKeysAreRefusedAtTheirLineWithTheKnownKeys() {
        // Given a misspelt key at the top, in a service, in a field and in an option
        XCTAssertEqual(error("version = 2\n" + ServiceCatalogReaderTests.validFile),
                       "services.toml:1: unknown key `version`; the keys here are `department`, `service`")
        XCTAssertEqual(error(file([15: "open-limt = 1"])), "services.toml:15: unknown key `open-limt`; the keys here are "
                       + "`id`, `department`, `open-limit`, `title`, `description`, `field`")
        XCTAssertEqual(error(file([46: "max-lenght = 500"])), "services.toml:46: unknown key `max-lenght`; the keys here are "
                       + "`id`, `kind`, `required`, `max-length`, `label`, `help`, `option`, `relation`")
        XCTAssertEqual(error(file([3: "nom.fr = \"Service médical\""])),
                       "services.toml:3: unknown key `nom`; the keys here are `id`, `name`")
    }

    func testMisspeltIdKeyIsOneProblem() {
        // Given an option whose id key is misspelt
        // Then only the unknown key is reported, not also a missing id
        XCTAssertEqual(problems(file([36: "ident = \"doctor\""])),
                       ["services.toml:36: unknown key `ident`; the keys here are `id`, `label`"])
    }

    // MARK: - Ids

    func testIdsMustKeepTheRule() {
        let rule = "lower-case letters a-z, digits and -, starting with a letter or digit, at most 40 characters"
        // Given ids with a capital, a leading dash, an accent, 41 characters, or none at all
        XCTAssertEqual(error(file([13: "id = \"Medical\""])), "services.toml:13: `Medical` is not an id: " + rule)
        XCTAssertEqual(error(file([28: "id = \"-care\""])), "services.toml:28: `-care` is not an id: " + rule)
        XCTAssertEqual(error(file([2: "id = \"médical\""])), "services.toml:2: `médical` is not an id: " + rule)
        let long = String(repeating: "a", count: 41)
        XCTAssertEqual(error(file([36: "id = \"\(long)\""])), "services.toml:36: `\(long)` is not an id: " + rule)
        XCTAssertEqual(error(file([44: "id = 4"])), "services.toml:44: `id` must be text in quotes, not a whole number")
        XCTAssertEqual(error(file([51: ""])), "services.toml:50: `id` is missing")
        // And 40 characters are fine
        XCTAssertNoThrow(try ServiceCatalogReader.read(text: file([36: "id = \"\(String(long.dropLast()))\""]), path: path))
    }

    func testIdsAreUniqueWhereTheyMustBe() {
        // Given a department, a service, a field and an option that repeat an id of their kind
        XCTAssertEqual(error(file([9: "id = \"medical\""])),
                       "services.toml:9: the id `medical` is already taken by the department on line 2")
        XCTAssertEqual(error(file([57: "id = \"medical\""])),
                       "services.toml:57: the id `medical` is already taken by the service on line 13")
        XCTAssertEqual(error(file([51: "id = \"care\""])),
                       "services.toml:51: the id `care` is already taken by the field on line 28")
        XCTAssertEqual(error(file([40: "id = \"doctor\""])),
                       "services.toml:40: the id `doctor` is already taken by the option on line 36")
    }

    func testSameIdInDifferentPlacesIsFine() throws {
        // Given a field of the second service with the id of a field of the first, and an option
        // with the id of a service
        let text = file([63: "id = \"care\"", 69: "id = \"medical\""])
        // Then the file reads
        let catalog = try ServiceCatalogReader.read(text: text, path: path)
        XCTAssertEqual(catalog.service("network-meeting")?.fields.first?.id, "care")
    }

    func testServiceMustNameADepartmentOfTheFile() {
        // Given a misspelt department
        XCTAssertEqual(error(file([58: "department = \"coordinaton\""])),
                       "services.toml:58: no department has the id `coordinaton`; the departments are `medical`, `coordination`")
        // And a file whose only department has a wrong id: no empty list is shown
        let text = file([9: "id = \"Coordination\"", 58: "department = \"coordinaton\""])
        XCTAssertEqual(problems(text).last, "services.toml:58: no department has the id `coordinaton`; the departments are `medical`")
        let alone = """
        [[department]]
        id = "Medical"
        name = { fr = "Service médical", nl = "Medische dienst", de = "Medizinischer Dienst", en = "Medical service" }

        [[service]]
        id = "medical"
        department = "medical"
        """
        XCTAssertEqual(problems(alone).last, "services.toml:7: no department has the id `medical`")
    }

    // MARK: - Texts in four languages

    func testEveryTextIsInTheFourLanguages() {
        // Given a title without German, an inline name without German, and an inline option label without English
        XCTAssertEqual(error(file([18: ""])), "services.toml:16: `title` has no German text; add `title.de`")
        XCTAssertEqual(error(file([10: "name = { fr = \"Coordination\", nl = \"Coördinatie\", en = \"Coordination\" }"])),
                       "services.toml:10: `name` has no German text; add `name.de`")
        XCTAssertEqual(error(file([78: "  { id = \"work\", label = { fr = \"Travail\", nl = \"Werk\", de = \"Arbeit\" } },"])),
                       "services.toml:76: `label` has no English text; add `label.en`")
    }

    func testTextsAreWrittenPerLanguage() {
        // Given an unknown language, a title given once for all, a missing title and a number as text
        XCTAssertEqual(error(file([19: "title.es = \"Consulta médica\""])),
                       "services.toml:19: unknown language `title.es`; the languages are `fr`, `nl`, `de`, `en`")
        XCTAssertEqual(error(file([59: "title = \"Network meeting\""])), "services.toml:59: `title` must be one text per "
                       + "language: `title.fr`, `title.nl`, `title.de` and `title.en`, not text")
        XCTAssertEqual(error(file([59: ""])),
                       "services.toml:56: `title` is missing; write `title.fr`, `title.nl`, `title.de` and `title.en`")
        XCTAssertEqual(error(file([17: "title.nl = 3"])), "services.toml:17: `title.nl` must be text in quotes, not a whole number")
    }

    func testOneLineTextsAreOneShortLine() {
        // Given a title over two lines, a title of 81 characters and a label of spaces
        XCTAssertEqual(error(file([16: "title.fr = \"Consultation\\nmédicale\""])), "services.toml:16: `title.fr` must be one line")
        XCTAssertEqual(error(file([16: "title.fr = \"\(String(repeating: "x", count: 81))\""])),
                       "services.toml:16: `title.fr` is 81 characters long; at most 80 fit")
        XCTAssertEqual(error(file([32: "label.de = \"   \""])), "services.toml:32: `label.de` is empty")
        // And 80 characters fit
        XCTAssertNoThrow(try ServiceCatalogReader.read(text: file([16: "title.fr = \"\(String(repeating: "x", count: 80))\""]),
                                                       path: path))
    }

    func testDescriptionsHaveSeveralLinesUpToTheirCap() {
        // Given a description of 1001 characters
        XCTAssertEqual(error(file([23: "description.nl = \"\(String(repeating: "x", count: 1001))\""])),
                       "services.toml:23: `description.nl` is 1001 characters long; at most 1000 fit")
    }

    func testCharactersTheKioskWouldDropAreRefusedNotDropped() {
        // Given an escape sequence, a right-to-left override, a pile of accents and a lone carriage return
        XCTAssertEqual(error(file([31: "label.nl = \"Wie\\u001B[2J?\""])),
                       "services.toml:31: `label.nl` holds the control character U+001B; remove it")
        XCTAssertEqual(error(file([33: "label.en = \"Who\\u202E?\""])),
                       "services.toml:33: `label.en` holds U+202E, a mark that changes the writing direction; remove it")
        XCTAssertEqual(error(file([30: "label.fr = \"Qui e\u{301}\u{301}\u{301}\u{301}\u{301} ?\""])),
                       "services.toml:30: `label.fr` piles more than 4 accents or marks on one character")
        XCTAssertEqual(error(file([24: "description.de = \"Antwort\\rÜberschrieben\""])), "services.toml:24: `description.de` "
                       + "holds a carriage return (U+000D) that is not part of a line break; remove it")
        XCTAssertEqual(error(file([25: "description.en = \"Answer \\u0085 next\""])),
                       "services.toml:25: `description.en` holds the control character U+0085; remove it")
    }

    // MARK: - Services and fields

    func testOpenLimitIsAWholeNumberFromOne() {
        XCTAssertEqual(error(file([15: "open-limit = 0"])), "services.toml:15: `open-limit` is the most open requests a "
                       + "detainee may have here: 1 or more, not 0; leave it out for no limit")
        XCTAssertEqual(error(file([15: "open-limit = \"1\""])), "services.toml:15: `open-limit` must be a whole number, not text")
    }

    func testKindIsOneOfTheFive() {
        XCTAssertEqual(error(file([52: "kind = \"dropdown\""])),
                       "services.toml:52: unknown kind `dropdown`; write one of `text`, `choice`, `choices`, `date`, `people`")
        XCTAssertEqual(error(file([52: ""])), "services.toml:50: `kind` is missing")
    }

    func testChoiceFieldsNeedTwoOptionsAndOnlyTheyHaveOptions() {
        // Given a choice with one option, a choice without options, and a text field with options
        XCTAssertEqual(error(file([39: "", 40: "", 41: ""])), "services.toml:27: a `choice` field needs at least 2 options, not 1")
        XCTAssertEqual(error(file([52: "kind = \"choice\""])),
                       "services.toml:50: a `choice` field needs at least 2 options; add a [[service.field.option]] table for each")
        XCTAssertEqual(error(file([74: "kind = \"text\""])),
                       "services.toml:76: options are for `choice` and `choices` fields; this field is `text`")
    }

    func testPeopleFieldsNeedRelationsAndOnlyTheyHaveRelations() {
        // Given a people field without its relation
        XCTAssertEqual(error(file([68: "", 69: "", 70: ""])), "services.toml:62: a `people` field needs at least 1 relation; "
                       + "add a [[service.field.relation]] table for each")
        // And the people field made a choices field: every problem of it is listed
        XCTAssertEqual(problems(file([64: "kind = \"choices\""])), [
            "services.toml:62: a `choices` field needs at least 2 options; add a [[service.field.option]] table for each",
            "services.toml:62: relations are for `people` fields; this field is `choices`",
            "services.toml:65: `max-length` is for `text` and `people` fields; this field is `choices`",
        ])
    }

    func testMaxLengthIsForTextAndPeopleWithinTheModelsCaps() {
        XCTAssertEqual(error(file([53: "max-length = 3"])),
                       "services.toml:53: `max-length` is for `text` and `people` fields; this field is `date`")
        XCTAssertEqual(error(file([46: "max-length = 0"])),
                       "services.toml:46: `max-length` counts the characters of a text field: between 1 and 4000, not 0")
        XCTAssertEqual(error(file([46: "max-length = 4001"])),
                       "services.toml:46: `max-length` counts the characters of a text field: between 1 and 4000, not 4001")
        XCTAssertEqual(error(file([65: "max-length = 21"])),
                       "services.toml:65: `max-length` counts the people of a people field: between 1 and 20, not 21")
        XCTAssertEqual(error(file([46: "max-length = 1.5"])),
                       "services.toml:46: `max-length` must be a whole number, not a decimal number")
    }

    func testRequiredIsTrueOrFalse() {
        XCTAssertEqual(error(file([53: "required = \"no\""])), "services.toml:53: `required` must be true or false, not text")
    }

    // MARK: - Caps

    func testCountsAreCapped() {
        var limits = ServiceCatalogLimits()
        limits.maxDepartments = 1
        XCTAssertEqual(error(ServiceCatalogReaderTests.validFile, limits: limits), "services.toml:8: 2 departments; the limit is 1")
        limits = ServiceCatalogLimits()
        limits.maxServices = 1
        XCTAssertEqual(error(ServiceCatalogReaderTests.validFile, limits: limits), "services.toml:56: 2 services; the limit is 1")
        limits = ServiceCatalogLimits()
        limits.maxFields = 2
        XCTAssertEqual(error(ServiceCatalogReaderTests.validFile, limits: limits),
                       "services.toml:50: 3 fields in one service; the limit is 2")
        limits = ServiceCatalogLimits()
        limits.maxOptions = 1
        XCTAssertEqual(problems(ServiceCatalogReaderTests.validFile, limits: limits), [
            "services.toml:39: 2 options in one field; the limit is 1",
            "services.toml:76: 2 options in one field; the limit is 1",
        ])
    }

    // MARK: - Every problem at once

    func testEveryProblemIsListedInFileOrderAndReadThrowsTheFirst() {
        // Given three problems, in three services and fields
        let text = file([58: "department = \"nowhere\"", 31: "label.nl = \"\"", 16: "title.fr = 1"])
        // Then problems lists them in the order of the file
        XCTAssertEqual(problems(text), [
            "services.toml:16: `title.fr` must be text in quotes, not a whole number",
            "services.toml:31: `label.nl` is empty",
            "services.toml:58: no department has the id `nowhere`; the departments are `medical`, `coordination`",
        ])
        // And read throws the first
        XCTAssertEqual(error(text), "services.toml:16: `title.fr` must be text in quotes, not a whole number")
    }

    func testListOfProblemsIsCapped() {
        // Given three problems and a list of at most two
        var limits = ServiceCatalogLimits()
        limits.maxProblems = 2
        let text = file([58: "department = \"nowhere\"", 31: "label.nl = \"\"", 16: "title.fr = 1"])
        // Then the third is counted, not listed
        XCTAssertEqual(problems(text, limits: limits), [
            "services.toml:16: `title.fr` must be text in quotes, not a whole number",
            "services.toml:31: `label.nl` is empty",
            "services.toml: 1 more problem not listed; correct these and check again",
        ])
    }
}
