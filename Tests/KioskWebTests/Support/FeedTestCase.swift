import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Helpers for feed tests: a fixed fetch time, parsing a string, reading ISO dates.
class FeedTestCase: XCTestCase {
    /// 2025-06-15T15:06:40Z, after every date the fixtures carry.
    let fetchedAt = Date(timeIntervalSince1970: 1_750_000_000)

    /// Parses `text` (as UTF-8) fetched from `url`.
    func parse(_ text: String, url: String = "https://journal.example.fr/feed.xml") throws -> ParsedFeed {
        try parse(Data(text.utf8), url: url)
    }

    func parse(_ data: Data, url: String = "https://journal.example.fr/feed.xml") throws -> ParsedFeed {
        let feedURL = try StrictURL.parse(url).get()
        return try FeedParser().parse(data, feedURL: feedURL, fetchedAt: fetchedAt)
    }

    /// The error `text` fails with, or nil when it parses.
    func parseError(_ text: String) -> FeedParseError? {
        parseError(Data(text.utf8))
    }

    func parseError(_ data: Data) -> FeedParseError? {
        do {
            _ = try FeedParser().parse(data, feedURL: nil, fetchedAt: fetchedAt)
            return nil
        } catch {
            return error
        }
    }

    /// A date from an ISO 8601 string, read by Foundation (not by the code under test).
    func iso(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return try XCTUnwrap(formatter.date(from: text), "bad test date \(text)")
    }
}
