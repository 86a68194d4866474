import XCTest

// Placeholder until the first real test of this target lands.
final class PlaceholderTests: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
