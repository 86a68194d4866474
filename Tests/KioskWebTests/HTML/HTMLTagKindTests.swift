import CGumbo
@testable import KioskWeb
import XCTest

final class HTMLTagKindTests: XCTestCase {
    func testEveryNamedTagHasItsKindByNumberAndByName() {
        // Given the tag names the converter gives a meaning, as gumbo numbers them
        let named = HTMLTagKind.namedKinds + HTMLTagKind.styleNames.map { ($0.0, HTMLTagKind.style($0.1)) }
            + HTMLTagKind.skippedNames.map { ($0, HTMLTagKind.skipped) }
        for (name, kind) in named {
            let tag = gumbo_tag_enum(name)
            guard tag != GUMBO_TAG_UNKNOWN else { continue }
            // When looked up by number and by name
            // Then both give the kind the name stands for
            XCTAssertEqual(HTMLTagKind.of(tag), kind, name)
            XCTAssertEqual(HTMLTagKind.of(name: name), kind, name)
        }
    }

    func testBlocksAreBlocksAndUnknownOrEmptyNamesHaveNoMeaning() {
        // Given block names, a name gumbo does not know, and no name
        // When looked up
        // Then blocks that gumbo knows are blocks, and the rest mean nothing of their own
        for name in HTMLTagKind.blockNames where gumbo_tag_enum(name) != GUMBO_TAG_UNKNOWN {
            XCTAssertEqual(HTMLTagKind.of(name: name), .block, name)
        }
        XCTAssertEqual(HTMLTagKind.of(name: "made-up-element"), .other)
        XCTAssertEqual(HTMLTagKind.of(name: ""), .other)
        XCTAssertEqual(HTMLTagKind.of(GUMBO_TAG_UNKNOWN), .other)
        XCTAssertEqual(HTMLTagKind.of(GUMBO_TAG_LAST), .other)
    }

    func testOnlyTheAttributesTheConverterReadsAreMatchedOnTheirBytes() {
        // Given attribute names as gumbo hands them over
        // When matched
        // Then each read attribute is found, and others (prefixes, longer names, other names) are not
        for name in HTMLElement.readAttributes {
            XCTAssertEqual(name.withCString { HTMLElement.readAttribute(named: $0) }, name)
        }
        for name in ["", "hre", "hrefs", "onclick", "data-href", "aria-labelledby", "styles"] {
            XCTAssertNil(name.withCString { HTMLElement.readAttribute(named: $0) }, name)
        }
    }
}
