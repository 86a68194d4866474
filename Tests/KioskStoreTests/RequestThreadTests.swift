import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// A request's thread on the detainee's side: unread counts, opening, replying.
final class RequestThreadTests: RequestTestCase {
    func testStaffWordsAreUnreadUntilTheDetaineeOpensTheRequest() throws {
        // Given Julien's request, answered by Sophie (which also puts it in progress)
        let sent = try send(Self.doctor(key: "k-1"))
        try act(.reply("The nurse will come on Tuesday."), on: sent.id, at: noon + 60)
        // When Julien looks at his list and his home screen
        // Then the status change and the message are unread, and the request was updated then
        XCTAssertEqual(try summary(sent.id), RequestSummary(
            id: sent.id, service: "doctor", status: .inProgress, sentAt: noon, updatedAt: noon + 60, unread: 2))
        XCTAssertEqual(try makeRepository(database).homeSummary(detainee: julien.id, now: noon + 90).unread[.requests], 2)
        // When he opens the request
        let thread = try XCTUnwrap(requests.openRequest(id: sent.id, detainee: julien.id, at: noon + 120))
        // Then he reads both entries, signed with Sophie's name, and nothing is unread any more
        XCTAssertEqual(thread.messages.map(\.kind), [.statusChanged(from: .new, to: .inProgress), .message])
        XCTAssertEqual(thread.messages.map(\.author), [.staff(name: "Sophie Martens"), .staff(name: "Sophie Martens")])
        XCTAssertEqual(thread.messages.last?.text, "The nurse will come on Tuesday.")
        XCTAssertEqual(thread.summary.unread, 0)
        XCTAssertEqual(try summary(sent.id)?.unread, 0)
        XCTAssertNil(try makeRepository(database).homeSummary(detainee: julien.id, now: noon + 180).unread[.requests])
    }

    func testTheHomeScreenAddsUpUnreadEntriesOfEveryRequestOfTheDetaineeOnly() throws {
        // Given Julien's doctor's request taken and answered, his housing question answered, a
        // book request nobody touched, and Anna's request answered and opened since
        let doctor = try send(Self.doctor(key: "k-1"))
        let housing = try send(RequestDraft(key: "k-2", service: "housing", answers: ["question": .text("Where?")]))
        try send(Self.book(key: "k-3"))
        let annaS = try send(Self.doctor(key: "k-1"), by: anna)
        try act(.take, on: doctor.id, at: noon + 60)
        try act(.reply("Tomorrow."), on: doctor.id, at: noon + 120)
        try act(.reply("Come to the office on Friday."), on: housing.id, by: "els", at: noon + 120)
        try act(.reply("Monday."), on: annaS.id, at: noon + 120)
        _ = try requests.openRequest(id: annaS.id, detainee: anna.id, at: noon + 240)
        // When both home screens are read
        let home = makeRepository(database)
        // Then Julien's counts two status changes and two messages (the assignment is not his
        // to read), and Anna's counts nothing
        XCTAssertEqual(try requests.requests(detainee: julien.id).map(\.unread), [2, 2, 0])
        XCTAssertEqual(try home.homeSummary(detainee: julien.id, now: noon + 300).unread[.requests], 4)
        XCTAssertNil(try home.homeSummary(detainee: anna.id, now: noon + 300).unread[.requests])
        // And the other parts of the summary are as before
        XCTAssertEqual(try home.homeSummary(detainee: julien.id, now: noon + 300).announcements, [])
        XCTAssertNil(try home.homeSummary(detainee: julien.id, now: noon + 300).unread[.press])
    }

    func testNotesAndAssignmentsNeitherCountAsUnreadNorMoveTheRequestUp() throws {
        // Given a request in progress that Julien has read
        let sent = try send(Self.doctor(key: "k-1"))
        try act(.reply("Noted."), on: sent.id, at: noon + 60)
        _ = try requests.openRequest(id: sent.id, detainee: julien.id, at: noon + 90)
        // When staff take it and write an internal note
        try act(.take, on: sent.id, at: noon + 120)
        try act(.note("Check the file from last year."), on: sent.id, at: noon + 180)
        // Then nothing is unread and the request's update time is the reply's
        XCTAssertEqual(try summary(sent.id)?.unread, 0)
        XCTAssertEqual(try summary(sent.id)?.updatedAt, noon + 60)
    }

    func testTheListShowsTheMostRecentlyUpdatedRequestFirst() throws {
        // Given three requests sent one after the other, the first answered last
        let first = try send(Self.doctor(key: "k-1"), at: noon)
        let second = try send(Self.book(key: "k-2"), at: noon + 60)
        let third = try send(Self.book("Max Havelaar", key: "k-3"), at: noon + 120)
        try act(.reply("Tomorrow."), on: first.id, at: noon + 180)
        // When Julien's list is read
        // Then the answered one leads, then the latest sent
        XCTAssertEqual(try requests.requests(detainee: julien.id).map(\.id), [first.id, third.id, second.id])
    }

    func testAReplyIsWrittenOncePerKey() throws {
        // Given Julien's request
        let sent = try send(Self.doctor(key: "k-1"))
        // When he replies, his terminal retries under the same key, then he replies again
        let first = try XCTUnwrap(requests.reply(to: sent.id, text: "It hurts more today.", key: "r-1",
                                                 detainee: julien.id, at: noon + 60))
        let retry = try XCTUnwrap(requests.reply(to: sent.id, text: "It hurts more today.", key: "r-1",
                                                 detainee: julien.id, at: noon + 61))
        let second = try XCTUnwrap(requests.reply(to: sent.id, text: "Also a fever.", key: "r-2",
                                                  detainee: julien.id, at: noon + 120))
        // Then the retry wrote nothing and the second reply is a message of its own
        XCTAssertEqual(first.messages.map(\.text), ["It hurts more today."])
        XCTAssertEqual(retry, first)
        XCTAssertEqual(second.messages.map(\.text), ["It hurts more today.", "Also a fever."])
        XCTAssertEqual(second.messages.map(\.author), [.detainee, .detainee])
        XCTAssertEqual(try count(RequestSchema.entry), 2)
        // And his own words are not unread, and do not move the request up
        XCTAssertEqual(try summary(sent.id)?.unread, 0)
        XCTAssertEqual(try summary(sent.id)?.updatedAt, noon)
    }

    func testAReplyThatIsEmptyTooLongOrNotCleanIsRefused() throws {
        // Given Julien's request
        let sent = try send(Self.doctor(key: "k-1"))
        for (index, text) in ["", " \n\t ", String(repeating: "x", count: 4001), "Hello \u{1B}]52;c;aGk=\u{07}",
                              "Bonjour\u{202E}"].enumerated() {
            // When he replies with it
            let thread = try requests.reply(to: sent.id, text: text, key: "r-\(index)", detainee: julien.id, at: noon + 60)
            // Then the thread comes back without it, and nothing is written
            XCTAssertEqual(thread?.messages, [])
        }
        XCTAssertEqual(try count(RequestSchema.entry), 0)
        // And 4000 characters are accepted
        let longest = try requests.reply(to: sent.id, text: String(repeating: "x", count: 4000), key: "r-long",
                                         detainee: julien.id, at: noon + 120)
        XCTAssertEqual(longest?.messages.count, 1)
    }

    func testAFinishedRequestTakesNoMoreRepliesButAnApprovedOneDoes() throws {
        // Given an approved request and a closed one, each with a reply already sent
        let doctor = try send(Self.doctor(key: "k-1"))
        let book = try send(Self.book(key: "k-2"))
        try act(.setStatus(.approved, reason: "Tuesday at ten."), on: doctor.id, at: noon + 60)
        _ = try requests.reply(to: book.id, text: "Any news?", key: "r-1", detainee: julien.id, at: noon + 90)
        XCTAssertEqual(try requests.setDepartments(["library"], staff: "koen", by: Self.admin(at: noon)), .done(["library"]))
        try act(.setStatus(.closed, reason: "Delivered."), on: book.id, by: "koen", at: noon + 120)
        // When Julien replies on both, and his terminal retries the earlier reply
        let approved = try requests.reply(to: doctor.id, text: "Thank you.", key: "r-2", detainee: julien.id, at: noon + 180)
        let closed = try requests.reply(to: book.id, text: "It never came.", key: "r-3", detainee: julien.id, at: noon + 180)
        let retry = try requests.reply(to: book.id, text: "Any news?", key: "r-1", detainee: julien.id, at: noon + 190)
        // Then the approved request takes it, the closed one returns unchanged, the retry too
        XCTAssertEqual(approved?.messages.last?.text, "Thank you.")
        XCTAssertEqual(closed?.messages.map(\.text), ["Any news?", "Delivered."])
        XCTAssertEqual(retry, closed)
    }
}
