@testable import ScreenScript
import XCTest

final class UnifiedDiffTests: XCTestCase {
    private let ten = (1...10).map(String.init)

    private func diff(_ expected: [String], _ actual: [String], context: Int = 3) -> String {
        UnifiedDiff.diff(expected: expected, actual: actual, expectedName: "expected", actualName: "actual", context: context)
    }

    func testEqualLinesGiveNoDiff() {
        // Given / When / Then
        XCTAssertEqual(diff(ten, ten), "")
        XCTAssertEqual(diff([], []), "")
    }

    func testAChangedLineWithThreeLinesOfContext() {
        // Given line 5 changed
        var actual = ten
        actual[4] = "five"
        // When diffed / Then it reads as diff -u prints it
        XCTAssertEqual(diff(ten, actual), """
        --- expected
        +++ actual
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8

        """)
    }

    func testAnInsertedLine() {
        // Given a line inserted after line 2
        var actual = ten
        actual.insert("new", at: 2)
        // When diffed / Then
        XCTAssertEqual(diff(ten, actual), """
        --- expected
        +++ actual
        @@ -1,5 +1,6 @@
         1
         2
        +new
         3
         4
         5

        """)
    }

    func testARemovedLastLine() {
        // Given the last line removed
        let actual = Array(ten.dropLast())
        // When diffed / Then
        XCTAssertEqual(diff(ten, actual), """
        --- expected
        +++ actual
        @@ -7,4 +7,3 @@
         7
         8
         9
        -10

        """)
    }

    func testAnEmptySideAndSingleLineRanges() {
        // Given / When / Then: an empty side starts at line 0, a single line has no count
        XCTAssertEqual(diff([], ["x", "y"]), "--- expected\n+++ actual\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        XCTAssertEqual(diff(["x"], ["y"]), "--- expected\n+++ actual\n@@ -1 +1 @@\n-x\n+y\n")
    }

    func testFarApartChangesMakeTwoHunksAndCloseOnesOne() {
        // Given twenty lines with lines 2 and 18 changed
        let twenty = (1...20).map(String.init)
        var far = twenty
        far[1] = "two"
        far[17] = "eighteen"
        // When diffed / Then there are two hunks
        let farDiff = diff(twenty, far)
        XCTAssertEqual(farDiff.components(separatedBy: "\n").filter { $0.hasPrefix("@@") },
                       ["@@ -1,5 +1,5 @@", "@@ -15,6 +15,6 @@"])
        // Given lines 2 and 8 changed (five equal lines between: within twice the context)
        var close = twenty
        close[1] = "two"
        close[7] = "eight"
        // When diffed / Then there is one hunk
        XCTAssertEqual(diff(twenty, close).components(separatedBy: "\n").filter { $0.hasPrefix("@@") },
                       ["@@ -1,11 +1,11 @@"])
    }

    func testNoContext() {
        // Given a changed line / When diffed without context / Then only the change is printed
        var actual = ten
        actual[4] = "five"
        XCTAssertEqual(diff(ten, actual, context: 0), "--- expected\n+++ actual\n@@ -5 +5 @@\n-5\n+five\n")
    }

    func testRemovalsComeBeforeAdditionsAndCommonLinesAreKept() {
        // Given a screen whose middle rows were rewritten
        let expected = ["top", "a", "b", "mid", "c", "bottom"]
        let actual = ["top", "x", "mid", "c", "y", "bottom"]
        // When diffed / Then the longest common lines stay as context
        XCTAssertEqual(diff(expected, actual), """
        --- expected
        +++ actual
        @@ -1,6 +1,6 @@
         top
        -a
        -b
        +x
         mid
         c
        +y
         bottom

        """)
    }
}
