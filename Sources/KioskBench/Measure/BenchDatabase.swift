import Foundation
import KioskContent
import KioskCore
import KioskStore

/// A generated kiosk database on a file of the work directory, filled through the kiosk's own
/// repositories: the demo accounts, a press source with articles, courses, a service catalogue.
struct BenchDatabase {
    /// Monday 2 March 2026 at 09:00 in Brussels, the screen scripts' clock.
    static let now = Date(timeIntervalSince1970: 1_772_438_400)
    static let author = "bench"
    static let pressRule = "press.example"
    static let pressSource = "https://press.example/bench.xml"
    /// The detainee the figures log in as: Daniel Okafor, English, the default profile.
    static let detaineeNumber = "1004"
    static let detaineePIN = "1234"

    let database: KioskDatabase

    /// Creates the file with the demo accounts.
    static func create(at path: String) throws -> BenchDatabase {
        let database = try KioskDatabase(path: path)
        try AccountAdmin(database: database).seedDemo(now: now)
        return BenchDatabase(database: database)
    }

    /// The demo detainee the figures use.
    func detainee() throws -> DetaineeAccount {
        guard let entry = try AccountAdmin(database: database).findDetainee(number: Self.detaineeNumber) else {
            throw BenchFailure("the demo detainee \(Self.detaineeNumber) is missing")
        }
        return entry.account
    }

    /// The press rule and one source (kept ten years), so stored articles are listed.
    func addPressSource() throws {
        let allowlist = AllowlistRepository(database: database)
        try allowlist.addSiteRule(Self.pressRule, category: .press, by: Self.author, now: Self.now)
        try allowlist.addFeed(url: Self.pressSource, name: "The Bench Gazette", language: .en, by: Self.author, now: Self.now)
        try PressRepository(database: database).setRetention(source: Self.pressSource, days: 3650, by: Self.author, now: Self.now)
    }

    /// Stores `count` generated articles of about `words` words (paragraphs of 100) through `storeArticles`, in
    /// batches of `batch` (one transaction each), dated one minute apart before `now`.
    func addArticles(count: Int, words: Int, text: inout BenchText, batch: Int = 1_000) throws {
        let press = PressRepository(database: database)
        var start = 0
        while start < count {
            let end = min(count, start + batch)
            let drafts = (start..<end).map { index in
                PressArticleDraft(
                    key: "bench-\(index)", title: text.sentence(words: 7), link: "https://press.example/a/\(index)",
                    author: nil, published: Self.now.addingTimeInterval(-60 * Double(index + 1)), dateWasMissing: false,
                    document: Document(blocks: (0..<max(1, words / 100)).map { _ in
                        .paragraph([.text(text.paragraph(words: min(words, 100)))])
                    }))
            }
            _ = try press.storeArticles(drafts, source: Self.pressSource, etag: nil, lastModified: nil,
                                        keepAfter: .distantPast, at: Self.now)
            start = end
        }
    }

    /// Imports `count` generated courses of one short lesson each, in every language and category.
    func addCourses(count: Int, text: inout BenchText) throws {
        let courses = CourseRepository(database: database)
        for index in 0..<count {
            let lesson = LessonContent(
                id: "lesson-1", title: text.sentence(words: 4),
                document: Document(blocks: [.paragraph([.text(text.paragraph(words: 60))])]))
            let content = CourseContent(
                id: String(format: "bench-course-%05d", index), title: text.sentence(words: 5),
                summary: text.sentence(words: 14), language: Language.allCases[index % Language.allCases.count],
                category: CourseCategory.allCases[index % CourseCategory.allCases.count],
                level: CourseLevel.allCases[index % CourseLevel.allCases.count], minutes: 30, passMark: 60,
                steps: [.lesson(lesson)])
            try courses.importCourse(content, by: Self.author, now: Self.now)
        }
    }

    /// One department and one service with a single text field and no open limit.
    func addServiceCatalogue() throws {
        let catalog = try ServiceCatalogReader.read(text: Self.catalogue, path: "bench-services.toml")
        let author = ChangeAuthor(actor: Self.author, terminal: AllowlistRepository.cliTerminal, at: Self.now)
        if case .refused(let reason) = try RequestRepository(database: database).importServiceCatalog(catalog, by: author) {
            throw BenchFailure("the bench service catalogue was refused: \(reason)")
        }
    }

    static let serviceID = "canteen-order"
    static let fieldID = "items"
    static let catalogue = """
        [[department]]
        id = "canteen"
        name.fr = "Cantine"
        name.nl = "Kantine"
        name.de = "Kantine"
        name.en = "Canteen"

        [[service]]
        id = "\(serviceID)"
        department = "canteen"
        title.fr = "Commande"
        title.nl = "Bestelling"
        title.de = "Bestellung"
        title.en = "Order"
        description.fr = "Une commande."
        description.nl = "Een bestelling."
        description.de = "Eine Bestellung."
        description.en = "An order."

        [[service.field]]
        id = "\(fieldID)"
        kind = "text"
        label.fr = "Quoi ?"
        label.nl = "Wat?"
        label.de = "Was?"
        label.en = "What?"

        """
}

/// A figure that could not be measured, and why.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
