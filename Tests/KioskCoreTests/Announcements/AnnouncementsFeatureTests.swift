@testable import KioskCore
import XCTest

final class AnnouncementsFeatureTests: XCTestCase {
    let author = ChangeAuthor(actor: "staff:officer", terminal: "kiosk", at: .morning)
    let brussels = TimeZone(identifier: "Europe/Brussels")!
    static let visits = Announcement(id: 4, text: "Visits move to Thursday", startsAt: .morning, endsAt: nil, target: .everyone,
                                     createdAt: .morning, createdBy: "staff:officer")

    private func listed(_ role: StaffRole = .officer) -> TestStore {
        var state = SupervisorFeatureTests.staffState(role)
        state.stack.append(.announcements(AnnouncementsState(items: [Self.visits])))
        return TestStore(state)
    }

    func testF2OpensAFormStartingNowAndEnterPublishesForAWing() {
        // Given the list, when F2 is pressed, the form starts at the local time now (09:00 in Brussels)
        var store = listed()
        var form = AnnouncementFormState(startsAt: "2026-03-02 09:00")
        store.send(.keyPressed(.function(2))) { $0.stack.append(.announcementForm(form)) }
        store.type("Library closed")
        // When the end and the audience "one wing" are set, Tab reaches the wing field
        form.text = "Library closed"
        for key: Key in [.tab, .tab] { _ = reduce(&store.state, .keyPressed(key)) }
        store.type("2026-03-03 18:00")
        store.send(.keyPressed(.tab)) {
            form.endsAt = "2026-03-03 18:00"
            form.focus = .audience
            $0.route = .announcementForm(form)
        }
        store.send(.keyPressed(.right)) {
            form.audience = .wing
            $0.route = .announcementForm(form)
        }
        store.send(.keyPressed(.tab)) {
            form.focus = .wing
            $0.route = .announcementForm(form)
        }
        store.type("b2")
        // Then Enter publishes it, dates read in Brussels time and the wing upper-cased
        let draft = AnnouncementDraft(text: "Library closed", startsAt: .morning,
                                      endsAt: Date.morning.addingTimeInterval(33 * 3600), target: .wing("B2"))
        form.wing = "b2"
        store.send(.keyPressed(.enter), effects: [.publishAnnouncement(draft, by: author)]) { $0.route = .announcementForm(form) }
        // And the fresh list replaces the form
        let published = Announcement(id: 5, text: "Library closed", startsAt: draft.startsAt, endsAt: draft.endsAt, target: .wing("B2"),
                                     createdAt: .morning, createdBy: "staff:officer")
        store.send(.announcementsChanged([published, Self.visits])) {
            $0.stack.removeLast()
            $0.route = .announcements(AnnouncementsState(items: [published, Self.visits], outcome: .saved))
        }
    }

    func testEveryFieldTypedWrongIsNamedAndFocused() {
        let now = Date.morning
        func problem(_ form: AnnouncementFormState) -> AnnouncementsFeature.Problem? {
            if case .failure(let problem) = AnnouncementsFeature.draft(form, now: now, timeZone: brussels) { return problem }
            return nil
        }
        XCTAssertEqual(problem(AnnouncementFormState(text: "  ", startsAt: "2026-03-02 09:00")),
                       .init(field: .text, key: .announcementTextMissing))
        XCTAssertEqual(problem(AnnouncementFormState(text: "x", startsAt: "02/03/2026 09:00")),
                       .init(field: .startsAt, key: .announcementDateInvalid))
        XCTAssertEqual(problem(AnnouncementFormState(text: "x", startsAt: "2026-03-02 09:00", endsAt: "2026-03-02 25:00")),
                       .init(field: .endsAt, key: .announcementDateInvalid))
        XCTAssertEqual(problem(AnnouncementFormState(text: "x", startsAt: "2026-03-02 09:00", endsAt: "2026-03-02 08:00")),
                       .init(field: .endsAt, key: .announcementEndsBeforeStart))
        XCTAssertEqual(problem(AnnouncementFormState(text: "x", startsAt: "2026-03-01 09:00", endsAt: "2026-03-02 08:59")),
                       .init(field: .endsAt, key: .announcementEndsInPast))
        XCTAssertEqual(problem(AnnouncementFormState(text: "x", startsAt: "2026-03-02 09:00", audience: .wing, wing: "A-1")),
                       .init(field: .wing, key: .announcementWingInvalid))
        // And a language audience needs no wing
        XCTAssertNil(problem(AnnouncementFormState(text: "x", startsAt: "2026-03-02 09:00", audience: .language(.nl))))
    }

    func testAWrongFieldShowsItsMessageAndMovesTheFocusThere() {
        var store = listed()
        store.state.stack.append(.announcementForm(AnnouncementFormState(text: "x", startsAt: "2026-03-02 9:00")))
        store.send(.keyPressed(.enter)) {
            $0.route = .announcementForm(AnnouncementFormState(text: "x", startsAt: "2026-03-02 9:00", focus: .startsAt,
                                                               outcome: .invalid(.announcementDateInvalid)))
        }
    }

    func testTheWingFieldIsSkippedUnlessTheAudienceIsAWing() {
        let form = AnnouncementFormState(startsAt: "")
        XCTAssertEqual(form.fields, [.text, .startsAt, .endsAt, .audience])
        XCTAssertEqual(AnnouncementFormState(startsAt: "", audience: .wing).fields, [.text, .startsAt, .endsAt, .audience, .wing])
    }

    func testWithdrawalIsConfirmedAndAWithdrawnOneCannotBeWithdrawnAgain() {
        var store = listed()
        store.send(.keyPressed(.function(8))) {
            $0.route = .announcements(AnnouncementsState(items: [Self.visits], isConfirmingWithdrawal: true))
        }
        store.send(.keyPressed(.enter), effects: [.withdrawAnnouncement(id: 4, by: author)]) {
            $0.route = .announcements(AnnouncementsState(items: [Self.visits]))
        }
        var withdrawn = Self.visits
        withdrawn.withdrawnAt = .morning
        withdrawn.withdrawnBy = "staff:officer"
        store.send(.announcementsChanged([withdrawn])) { $0.route = .announcements(AnnouncementsState(items: [withdrawn], outcome: .saved)) }
        // Then F8 on a withdrawn announcement asks nothing
        store.send(.keyPressed(.function(8)))
    }

    func testAServiceDepartmentReceivesNoAnnouncements() {
        var state = SupervisorFeatureTests.staffState(.service)
        state.stack.append(.announcements(AnnouncementsState()))
        _ = reduce(&state, .announcementsLoaded([Self.visits]))
        XCTAssertEqual(state.route, .announcements(AnnouncementsState()))
    }
}
