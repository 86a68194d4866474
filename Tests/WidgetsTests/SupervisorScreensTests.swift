import KioskCore
@testable import Widgets
import XCTest

/// The supervisor screens for allowlists, announcements and the audit detail, drawn at 80x24
/// and at every size.
final class SupervisorScreensTests: XCTestCase {
    static let rules = [
        SiteRuleEntry(text: "https://jobs.example.be", category: .jobs, allowsGetForms: true, allowsPost: false, rule: nil,
                      problem: nil, createdAt: .morning, createdBy: "staff:admin"),
        SiteRuleEntry(text: "https://broken..example", category: .press, allowsGetForms: false, allowsPost: true, rule: nil,
                      problem: "host has an empty label", createdAt: .morning, createdBy: "staff:admin"),
    ]
    static let sources = [
        FeedSourceEntry(url: "https://news.example.be/rss", name: "Le Journal", language: .fr, enabled: true, createdAt: .morning,
                        createdBy: "staff:admin"),
        FeedSourceEntry(url: "https://krant.example.nl/feed", name: "De Krant", language: .nl, enabled: false, createdAt: .morning,
                        createdBy: "staff:admin"),
    ]
    static let announcements = [
        Announcement(id: 2, text: "Library closed on Monday for inventory; books can be returned at the desk of wing B.",
                     startsAt: Date.morning.addingTimeInterval(86_400), endsAt: nil, target: .wing("B"), createdAt: .morning,
                     createdBy: "staff:officer"),
        Announcement(id: 1, text: "Visits move to Thursday", startsAt: .morning, endsAt: Date.morning.addingTimeInterval(3600),
                     target: .language(.nl), createdAt: .morning, createdBy: "staff:admin", withdrawnAt: .morning, withdrawnBy: "staff:admin"),
    ]

    private func staff(_ route: Route, size: TerminalSize = .standard) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.staff = StaffSession(account: StaffAccount(id: 1, login: "admin", name: "N", role: .admin, language: .en),
                                   lastActivity: .morning)
        state.language = .en
        state.stack = [.supervisorHome(SupervisorHomeState()), route]
        return state
    }

    private func screen(_ route: Route) -> String {
        ScreenRenderer.render(staff(route)).buffer.lines.joined(separator: "\n")
    }

    func testSiteRulesShowWhatEachGrantsAndMarkOneThatNoLongerParsesInWords() {
        let text = screen(.siteRules(SiteRulesState(items: Self.rules)))
        XCTAssertTrue(text.contains("> https://jobs.example.be  jobs GET"), text)
        XCTAssertTrue(text.contains("https://broken..example  press POST"), text)
        XCTAssertTrue(text.contains("! does not parse"), text)
        XCTAssertTrue(text.contains("F2 add") && text.contains("F8 remove"), text)
    }

    func testRemovalConfirmationNamesTheRuleAndTheKeys() {
        let text = screen(.siteRules(SiteRulesState(items: Self.rules, selection: 1, isConfirmingRemoval: true)))
        XCTAssertTrue(text.contains("Please confirm"), text)
        XCTAssertTrue(text.contains("https://broken..example"), text)
        XCTAssertTrue(text.contains("Enter: remove"), text)
    }

    func testFeedSourcesSayOnOrOffInWordsNotColourOnly() {
        let text = screen(.feedSources(FeedSourcesState(items: Self.sources, outcome: .refused("Feed is refused by the allowlist"))))
        let lines = text.split(separator: "\n")
        func ending(_ line: Substring) -> String { line.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains { $0.contains("Le Journal (fr)") && ending($0).hasSuffix(" on") }, text)
        XCTAssertTrue(lines.contains { $0.contains("De Krant (nl)") && ending($0).hasSuffix(" off") }, text)
        XCTAssertTrue(text.contains("! Feed is refused by the allowlist"), text)
    }

    func testAnnouncementsShowStatusDatesAudienceAndTheSelectedTextWhole() {
        let text = screen(.announcements(AnnouncementsState(items: Self.announcements)))
        XCTAssertTrue(text.contains("2026-03-03 09:00 → until withdrawn  wing B"), text)
        XCTAssertTrue(text.contains("scheduled"), text)
        XCTAssertTrue(text.contains("2026-03-02 09:00 → 2026-03-02 10:00  language: Nederlands"), text)
        XCTAssertTrue(text.contains("withdrawn"), text)
        // The selected text, longer than its line, is wrapped whole below the list
        XCTAssertTrue(text.contains("books can be returned at the desk of"), text)
        XCTAssertTrue(text.contains("\n wing B."), text)
    }

    func testTheAnnouncementFormShowsTheWingOnlyForAWingAndAProblemWithThePattern() {
        let form = AnnouncementFormState(text: "Gym closed", startsAt: "2026-03-02 9:00", audience: .wing, wing: "B",
                                         focus: .startsAt, outcome: .invalid(.announcementDateInvalid))
        let text = screen(.announcementForm(form))
        XCTAssertTrue(text.contains("> From"), text)
        XCTAssertTrue(text.contains("‹ one wing ›"), text)
        XCTAssertTrue(text.contains("Wing"), text)
        XCTAssertTrue(text.contains("! Write dates as YYYY-MM-DD HH:MM."), text)
        let everyone = screen(.announcementForm(AnnouncementFormState(startsAt: "2026-03-02 09:00")))
        XCTAssertFalse(everyone.contains("Wing"), everyone)
    }

    func testALongAnnouncementIsShownWholeUnderItsField() {
        let long = String(repeating: "word ", count: 40) + "END"
        let text = screen(.announcementForm(AnnouncementFormState(text: long, startsAt: "2026-03-02 09:00")))
        XCTAssertTrue(text.contains("…"), text)
        XCTAssertTrue(text.contains("word END"), text)
    }

    func testTheSiteRuleFormTicksInTextAndRemindsTheFormat() {
        let text = screen(.siteRuleForm(SiteRuleFormState(text: "jobs.example.be", allowsPost: true, focus: .post)))
        XCTAssertTrue(text.contains("GET forms [ ]") || text.contains("GET forms  [ ]"), text)
        XCTAssertTrue(text.contains("> POST forms") && text.contains("[x]"), text)
        XCTAssertTrue(text.contains("Format: [scheme://][.]host[:port][/path]"), text)
    }

    func testTheAuditDetailShowsEveryFieldWrappedWhole() {
        let detail = (1...12).map { "part\($0)" }.joined(separator: " ") + " last-words"
        let event = AuditEvent(at: .morning, actor: "staff:admin", terminal: "A-117", action: "site-rule.added",
                               subject: "https://jobs.example.be", detail: detail)
        let text = ScreenRenderer.render(staff(.auditLog(AuditLogState(events: [event], isShowingDetail: true)),
                                               size: TerminalSize(cols: 60, rows: 24))).buffer.lines.joined(separator: "\n")
        for label in ["When", "Who", "Terminal", "Action", "Subject", "Detail"] { XCTAssertTrue(text.contains(label), label) }
        XCTAssertTrue(text.contains("last-words"), text)
        XCTAssertTrue(text.contains("2026-03-02 09:00"), text)
    }

    func testEverySupervisorScreenAtEverySizeFitsAndKeepsTheCursorOnScreen() {
        let event = AuditEvent(at: .morning, actor: "staff:admin", terminal: "A-117", action: "login", subject: "x", detail: "y")
        let routes: [Route] = [
            .siteRules(SiteRulesState(items: Self.rules, isConfirmingRemoval: true, outcome: .refused("still needed"))),
            .siteRules(SiteRulesState()),
            .siteRuleForm(SiteRuleFormState(text: String(repeating: "x", count: 200), outcome: .refused("does not parse"))),
            .feedSources(FeedSourcesState(items: Self.sources, outcome: .saved)),
            .feedSources(FeedSourcesState()),
            .feedSourceForm(FeedSourceFormState(url: "https://news.example.be/rss", language: .de, focus: .name)),
            .announcements(AnnouncementsState(items: Self.announcements, isConfirmingWithdrawal: true, outcome: .failed(.notWritable))),
            .announcements(AnnouncementsState()),
            .announcementForm(AnnouncementFormState(text: String(repeating: "é", count: 1000), startsAt: "", audience: .wing,
                                                    focus: .wing, outcome: .invalid(.announcementWingInvalid))),
            .auditLog(AuditLogState(events: [event], isShowingDetail: true)),
        ]
        for route in routes {
            assertFitsEverySize("\(route)") { staff(route, size: $0) }
        }
    }
}
