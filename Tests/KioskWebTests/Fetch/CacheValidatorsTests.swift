import XCTest
@testable import KioskWeb

final class CacheValidatorsTests: XCTestCase {
    func testHeaderBreakingCharactersAreRemoved() {
        // Given an ETag that tries to smuggle a second header
        let validators = CacheValidators(etag: "\"v1\"\r\nX-Evil: 1", lastModified: "  Tue, 10 Jun 2025 04:00:00 GMT\u{0}  ")
        // Then no CR, LF or NUL is left to send (a newline becomes a space)
        XCTAssertEqual(validators.etag, "\"v1\" X-Evil: 1")
        XCTAssertEqual(validators.lastModified, "Tue, 10 Jun 2025 04:00:00 GMT")
        XCTAssertEqual(validators.requestHeaders["If-None-Match"], "\"v1\" X-Evil: 1")
    }

    func testBlankAndOverlongValuesAreDropped() {
        let validators = CacheValidators(etag: "   ", lastModified: String(repeating: "x", count: 2_000))
        XCTAssertTrue(validators.isEmpty)
        XCTAssertEqual(validators.requestHeaders, [:])
    }
}
