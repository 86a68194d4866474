import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class ServiceCatalogMemoTests: XCTestCase {
    func testAnotherTextIsDecodedAfreshAndTheSameTextAgainGivesTheSameCatalogue() throws {
        // Given a memo that decoded a catalogue with the library only
        let memo = ServiceCatalogMemo()
        let library = ServiceCatalog(
            departments: [ServiceDepartment(id: "library", name: LocalizedText("Library"))], services: [])
        let libraryText = try Self.json(library)
        XCTAssertEqual(try memo.catalog(decoding: libraryText), library)
        // When the stored text changes to a catalogue with the canteen as well
        var both = library
        both.departments.append(ServiceDepartment(id: "canteen", name: LocalizedText("Canteen")))
        let bothText = try Self.json(both)
        // Then the new text gives the new catalogue, and the first text its own again
        XCTAssertEqual(try memo.catalog(decoding: bothText), both)
        XCTAssertEqual(try memo.catalog(decoding: libraryText), library)
    }

    func testTextThatIsNotACatalogueIsAnError() {
        // Given a memo
        let memo = ServiceCatalogMemo()
        // When the stored text is not a catalogue
        // Then decoding it fails rather than giving an old catalogue
        XCTAssertThrowsError(try memo.catalog(decoding: "{\"departments\": 3}"))
    }

    private static func json(_ catalog: ServiceCatalog) throws -> String {
        String(decoding: try JSONEncoder().encode(catalog), as: UTF8.self)
    }
}
