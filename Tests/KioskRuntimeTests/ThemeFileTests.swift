import KioskCore
import KioskRuntime
import Widgets
import XCTest

final class ThemeFileTests: XCTestCase {
    /// The repository's `themes/` folder.
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    func testShippedThemesLoadAndDefineEveryRole() throws {
        // Given the themes shipped with the kiosk
        let catalog = try ThemeCatalog.load(directory: Self.themesDirectory)
        // Then default, high-contrast and mono are there, in that order, each with every role
        XCTAssertEqual(Array(catalog.names.prefix(3)), ["default", "high-contrast", "mono"])
        for name in ["default", "high-contrast", "mono"] {
            let theme = catalog.theme(named: name)
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(Role.allCases), name)
        }
        XCTAssertTrue(catalog.theme(named: "mono").monochrome)
    }

    func testEveryShippedThemeMarksSelectionWithoutColour() throws {
        // On a terminal without colour, selection and errors must still stand out
        let catalog = try ThemeCatalog.load(directory: Self.themesDirectory)
        for name in catalog.names {
            let theme = catalog.theme(named: name)
            XCTAssertFalse(theme.style(for: .selected).monoAttributes.isEmpty, name)
            XCTAssertFalse(theme.style(for: .error).monoAttributes.isEmpty, name)
            XCTAssertFalse(theme.style(for: .inputFocused).monoAttributes.isEmpty, name)
        }
    }

    func testHighContrastUsesOnlyBlackBrightWhiteAndBrightYellow() throws {
        let theme = try ThemeFile.load(path: Self.themesDirectory + "/high-contrast.toml")
        let allowed: Set<UInt8> = [0, 11, 15]
        for (role, style) in theme.styles {
            for color in [style.foreground, style.background] {
                if case .indexed(let index) = color { XCTAssertTrue(allowed.contains(index), "\(role) uses \(index)") }
            }
        }
    }

    func testParsesColoursAndAttributes() throws {
        let theme = try ThemeFile.parse("""
        title = "Test"
        [roles.body]
        fg = "bright-white"
        bg = "17"
        [roles.selected]
        attributes = ["bold", "underline"]
        mono = ["reverse"]
        """, name: "test", path: "test.toml")
        XCTAssertEqual(theme.title, "Test")
        XCTAssertEqual(theme.style(for: .body).foreground, .indexed(15))
        XCTAssertEqual(theme.style(for: .body).background, .indexed(17))
        XCTAssertEqual(theme.style(for: .selected).attributes, [.bold, .underline])
        XCTAssertEqual(theme.style(for: .selected).monoAttributes, .reverse)
        XCTAssertEqual(theme.style(for: .muted), theme.style(for: .body))
    }

    func testErrorsNameFileLineAndProblem() {
        let cases: [(String, Int?, String)] = [
            ("title = \"x\"\n[roles.body]\nfg = \"purple\"\n", 3, "fg must be"),
            ("[roles.body]\n[roles.shiny]\nfg = \"red\"\n", 2, "unknown role 'shiny'"),
            ("[roles.body]\nattributes = [\"blink\"]\n", 2, "unknown attribute"),
            ("[roles.body]\ncolour = \"red\"\n", 2, "unknown key 'colour'"),
            ("colours = 1\n[roles.body]\n", 1, "unknown key 'colours'"),
            ("[roles.selected]\nfg = \"red\"\n", nil, "must define [roles.body]"),
            ("title = \"x\n[roles.body]\n", 1, "string"),
            ("monochrome = \"yes\"\n[roles.body]\n", 1, "true or false"),
        ]
        for (text, line, message) in cases {
            // Given a bad theme file, when it is parsed
            XCTAssertThrowsError(try ThemeFile.parse(text, name: "bad", path: "themes/bad.toml")) { error in
                // Then the error names the file, the line and what is wrong
                let error = error as! FileError
                XCTAssertEqual(error.path, "themes/bad.toml")
                XCTAssertEqual(error.line, line, text)
                XCTAssertTrue(error.message.contains(message), "\(error)")
                XCTAssertTrue(error.description.hasPrefix("themes/bad.toml"))
            }
        }
    }

    func testUnknownThemeNameFallsBackToDefault() throws {
        let catalog = try ThemeCatalog.load(directory: Self.themesDirectory)
        XCTAssertEqual(catalog.theme(named: "no-such-theme").name, "default")
        XCTAssertEqual(ThemeCatalog(themes: []).theme(named: "x"), .builtIn)
    }

    func testAFolderWithABadThemeFailsWithThatFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[roles.body]\n".write(to: folder.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "[roles.body]\nfg = \"nope\"\n".write(to: folder.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ThemeCatalog.load(directory: folder.path)) { error in
            XCTAssertTrue("\(error)".contains("b.toml:2"), "\(error)")
        }
    }
}
