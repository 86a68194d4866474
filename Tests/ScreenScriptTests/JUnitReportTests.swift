import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ScreenScript
import XCTest

final class JUnitReportTests: XCTestCase {
    /// Whether an XML parser accepts the document.
    private func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    func testOnePassedAndOneFailedScript() {
        // Given a passing and a failing script
        let results = [
            JUnitReport.Case(path: "Tests/Scripts/login.screen", passed: true, duration: 0.25),
            JUnitReport.Case(path: "Tests/Scripts/menu.screen", passed: false,
                             failure: "menu.screen:4: expected \"Courses\"\nscreen:\n│ Home", duration: 1.0004),
        ]
        // When the report is written
        let xml = JUnitReport.xml(results, suiteName: "screen scripts")
        // Then it is well-formed, counts both, times them and keeps the failure in full
        XCTAssertTrue(isWellFormed(xml), xml)
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        XCTAssertTrue(xml.contains("<testsuite name=\"screen scripts\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1.250\">"), xml)
        XCTAssertTrue(xml.contains("<testcase name=\"Tests/Scripts/login.screen\" classname=\"screen scripts\" time=\"0.250\"/>"), xml)
        XCTAssertTrue(xml.contains("<testcase name=\"Tests/Scripts/menu.screen\" classname=\"screen scripts\" time=\"1.000\">"), xml)
        XCTAssertTrue(xml.contains("<failure message=\"menu.screen:4: expected &quot;Courses&quot;\" type=\"failure\">"
            + "menu.screen:4: expected &quot;Courses&quot;\nscreen:\n│ Home</failure>"), xml)
    }

    func testMarkupAndControlCharactersAreEscaped() {
        // Given names and a failure with markup characters and an ESC byte
        let failure = "got <&\"> and \u{1B}[31mred\u{1B}[0m\u{0}"
        let results = [JUnitReport.Case(path: "a<&\">.screen", passed: false, failure: failure, duration: 0)]
        // When the report is written
        let xml = JUnitReport.xml(results, suiteName: "s&<\">")
        // Then markup is escaped, control characters are shown as control pictures, and it parses
        XCTAssertTrue(xml.contains("name=\"a&lt;&amp;&quot;&gt;.screen\""), xml)
        XCTAssertTrue(xml.contains("<testsuite name=\"s&amp;&lt;&quot;&gt;\""), xml)
        XCTAssertTrue(xml.contains(">got &lt;&amp;&quot;&gt; and ␛[31mred␛[0m␀</failure>"), xml)
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertTrue(isWellFormed(xml), xml)
    }

    func testTheWellFormednessCheckRejectsARawEscByte() {
        // Given a document with a raw ESC / When parsed / Then the parser refuses it
        XCTAssertFalse(isWellFormed("<a>\u{1B}</a>"))
    }

    func testLineBreaksInTheMessageAttributeAreReferences() {
        // Given / When / Then: tabs and line breaks survive attribute normalisation
        XCTAssertEqual(JUnitReport.attribute("a\tb\r\nc"), "a&#9;b&#13;&#10;c")
        XCTAssertEqual(JUnitReport.content("a\tb\r\nc'"), "a\tb&#13;\nc&apos;")
    }

    func testAPassedScriptHasNoFailureAndAFailureWithoutTextSaysFailed() {
        // Given a passed script carrying stale text and a failed one without text
        let results = [
            JUnitReport.Case(path: "a.screen", passed: true, failure: "ignored", duration: -1),
            JUnitReport.Case(path: "b.screen", passed: false, duration: .nan),
        ]
        // When the report is written
        let xml = JUnitReport.xml(results, suiteName: "s")
        // Then only the failed one has a failure, and odd durations count as zero
        XCTAssertFalse(xml.contains("ignored"))
        XCTAssertTrue(xml.contains("<failure message=\"failed\" type=\"failure\">failed</failure>"), xml)
        XCTAssertTrue(xml.contains("tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0.000\""), xml)
        XCTAssertTrue(isWellFormed(xml))
    }

    func testAnEmptyRunIsAValidReport() {
        // Given no scripts / When the report is written / Then it is a valid empty suite
        let xml = JUnitReport.xml([], suiteName: "none")
        XCTAssertTrue(xml.contains("tests=\"0\" failures=\"0\""))
        XCTAssertTrue(isWellFormed(xml))
    }
}
