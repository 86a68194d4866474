import KioskCore
import KioskRuntime
import XCTest

final class ConfigFileTests: XCTestCase {
    func testReadsEveryKey() throws {
        // Given a complete configuration, with idle-warning before idle-timeout
        let config = try ConfigFile.parse("""
        database = "/var/lib/kiosk/kiosk.sqlite"
        themes-directory = "/usr/share/kiosk/themes"
        terminal-name = "B-204"
        lang = "nl"
        theme = "high-contrast"
        idle-warning = "2m"
        idle-timeout = "15m"
        time-zone = "Europe/Brussels"
        http-proxy = "HTTP://Proxy.LAN:3128/"
        """, path: "kiosk.toml")
        // Then every value is taken
        XCTAssertEqual(config.databasePath, "/var/lib/kiosk/kiosk.sqlite")
        XCTAssertEqual(config.themesDirectory, "/usr/share/kiosk/themes")
        XCTAssertEqual(config.settings.terminalName, "B-204")
        XCTAssertEqual(config.settings.defaultLanguage, .nl)
        XCTAssertEqual(config.settings.defaultTheme, "high-contrast")
        XCTAssertEqual(config.settings.idleTimeout, 900)
        XCTAssertEqual(config.settings.idleWarning, 120)
        XCTAssertEqual(config.settings.timeZone.identifier, "Europe/Brussels")
        XCTAssertEqual(config.httpProxy, "http://proxy.lan:3128")
    }

    func testErrorsNameFileLineAndProblem() {
        let cases: [(String, Int, String)] = [
            ("lang = \"nl\"\nlang2 = \"fr\"\n", 2, "unknown key 'lang2'"),
            ("\n\nlang = \"es\"\n", 3, "lang must be one of fr, nl, de, en"),
            ("idle-timeout = \"ten minutes\"\n", 1, "duration"),
            ("idle-timeout = \"5m\"\nidle-warning = \"10m\"\n", 2, "must not be longer"),
            ("time-zone = \"Mars/Olympus\"\n", 1, "time-zone"),
            ("terminal-name = 5\n", 1, "quoted string"),
            ("lang = \"nl\"\nlang = \"fr\"\n", 2, "redefine"),
            ("lang = \"nl\"\nhttp-proxy = \"http://user:pw@proxy.lan:3128\"\n", 2, "http-proxy must be written http://host:port"),
            ("http-proxy = \"https://proxy.lan:3128\"\n", 1, "http-proxy must be written http://host:port"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try ConfigFile.parse(text, path: "/etc/kiosk/kiosk.toml")) { error in
                let error = error as! FileError
                XCTAssertEqual(error.line, line, text)
                XCTAssertTrue(error.message.contains(message), "\(error)")
                XCTAssertTrue(error.description.hasPrefix("/etc/kiosk/kiosk.toml:\(line)"), "\(error)")
            }
        }
    }

    func testHostileTerminalNameIsCleaned() throws {
        var config = KioskConfig()
        try config.set("terminal-name", "A\u{1B}]0;x\u{07}-1")
        XCTAssertEqual(config.settings.terminalName, "A]0;x-1")
    }

    func testMissingFileSaysSo() {
        XCTAssertThrowsError(try ConfigFile.load(path: "/nonexistent/kiosk.toml")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/kiosk.toml: cannot read the file")
        }
    }
}
