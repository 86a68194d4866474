import Foundation
import KioskContent
import KioskCore
import KioskStore
import KioskWeb

/// Puts one hostile text into a demo database through every entry point, as the outside world
/// would: feed bytes through the feed import, a course folder through the package reader and
/// importer, a staff reply through the desk, an announcement and a detainee's name through
/// their stores, and a job-site rule for the page the loopback server serves.
struct HostileTextLoader {
    /// What became of the text at each entry point: nil when taken in, else why it was refused.
    typealias Refusals = [HostileTextEntryPoint: String]

    /// The detainee who logs in to see it all (named with the text when the name was taken).
    struct Loaded {
        var refusals: Refusals = [:]
        var detaineeNumber = "1004"
    }

    /// The source the hostile feed is imported into (seeded by the demo).
    static let feedSource = "https://press.example/courier.rdf"
    static let siteRule = "http://hostile.localhost"
    static let pin = "1234"

    let database: KioskDatabase
    let work: URL
    let now: Date

    func load(_ entry: HostileCorpus.Entry, index: Int) -> Loaded {
        var loaded = Loaded()
        let text = entry.text
        loaded.refusals[.feed] = attempt { try feed(entry) }
        loaded.refusals[.webPage] = attempt {
            _ = try AllowlistRepository(database: database).addSiteRule(Self.siteRule, category: .jobs, by: "torture", now: now)
        }
        loaded.refusals[.course] = attempt { try course(entry, index: index) }
        loaded.refusals[.announcement] = attempt {
            let draft = AnnouncementDraft(text: text, startsAt: now.addingTimeInterval(-3600), endsAt: nil, target: .everyone)
            if case .refused(let reason) = try StaffRepository(database: database)
                .publishAnnouncement(draft, by: ChangeAuthor(actor: "staff:admin", terminal: "torture", at: now)) {
                throw TortureSetupError("refused: \(reason)")
            }
        }
        let number = String(2000 + index)
        loaded.refusals[.accountName] = attempt {
            _ = try AccountAdmin(database: database).createDetainee(number: number, pin: Secret(Self.pin), name: text, cell: "T-1",
                                                                      language: .en, now: now)
        }
        if loaded.refusals[.accountName] == nil { loaded.detaineeNumber = number }
        loaded.refusals[.reply] = attempt { try reply(text, detainee: loaded.detaineeNumber) }
        return loaded
    }

    private func attempt(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)".prefix(200).description
        }
    }

    /// An RSS item whose title, author and body are the raw bytes, in CDATA as attackers send them.
    private func feed(_ entry: HostileCorpus.Entry) throws {
        var xml = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Courier</title>
            <link>https://press.example/courier/</link><description>x</description><item>
            <guid isPermaLink="false">hostile-\(entry.marker)</guid><pubDate>Mon, 02 Mar 2026 08:00:00 +0100</pubDate>
            <link>https://press.example/courier/\(entry.marker)</link><title><![CDATA[
            """.utf8)
        xml += entry.bytes + Array("]]></title><dc:creator><![CDATA[".utf8) + entry.bytes
        xml += Array("]]></dc:creator><description><![CDATA[<p>".utf8) + entry.bytes + Array("</p>]]></description></item></channel></rss>".utf8)
        let report = PressFeedImport(archive: PressRepository(database: database), defaultRetentionDays: 3650, now: now)
            .run(Data(xml), sourceURL: Self.feedSource)
        if let reason = report.failureReason { throw TortureSetupError(reason) }
    }

    /// A course folder with a plain manifest and a lesson holding the raw bytes.
    private func course(_ entry: HostileCorpus.Entry, index: Int) throws {
        let folder = work.appendingPathComponent("course-\(index)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifest = """
            title = "Course \(entry.marker)"
            summary = "A course with hostile text in its lesson."
            language = "en"
            category = "digital"
            level = "beginner"
            minutes = 5
            steps = ["01-lesson.md"]

            """
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("course.toml"))
        try Data(Array("# Lesson \(entry.marker)\n\n".utf8) + entry.bytes + Array("\n".utf8))
            .write(to: folder.appendingPathComponent("01-lesson.md"))
        let content = try CoursePackageReader.read(directory: folder.path)
        try CourseRepository(database: database).importCourse(content, by: "torture", now: now)
    }

    /// A request from the detainee to the social worker, answered by staff with the text.
    private func reply(_ text: String, detainee number: String) throws {
        guard let account = try StaffRepository(database: database).detainees(matching: number)
            .first(where: { $0.account.number == number })?.account
        else { throw TortureSetupError("no detainee \(number)") }
        let draft = RequestDraft(key: "torture-hostile-\(number)", service: "social-worker",
                                 answers: ["topic": .choice("other"), "message": .text("Help with my papers, please.")])
        guard case .sent(let summary) = try RequestRepository(database: database).submit(draft, detainee: account.id, at: now) else {
            throw TortureSetupError("the request was not sent")
        }
        let author = ChangeAuthor(actor: "staff:social", terminal: "torture", at: now)
        if case .refused(let reason) = try RequestRepository(database: database)
            .act(.reply(text), on: summary.id, by: author, staff: "social") {
            throw TortureSetupError("refused: \(reason)")
        }
    }
}
