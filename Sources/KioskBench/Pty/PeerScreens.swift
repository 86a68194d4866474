import Foundation

/// The peers' screens the pty figures compare the kiosk with, on the same data.
enum PeerScreens {
    /// The 20 entries of the menu figures, in the kiosk's service picker and in `dialog --menu`.
    static let menuItems = (1...20).map { "Request to service \($0)" }
    static let menuTitle = "New request: choose a service"

    /// `dialog --menu` with the menu items (no tag column), sized by dialog to the screen.
    static func dialogMenu(_ dialog: String, home: URL) -> PtyCommand {
        let items = menuItems.enumerated().flatMap { ["s\($0.offset + 1)", $0.element] }
        return PtyCommand(executable: dialog, arguments: ["--no-tags", "--menu", menuTitle, "0", "0", "0"] + items,
                          environment: PtyEnvironment.standard(home: home), marker: "Cancel")
    }

    /// `lynx` on a local page written into `home`, with no configuration file, so it neither
    /// prompts nor pauses on its status messages.
    static func lynxPage(_ lynx: String, home: URL) throws -> PtyCommand {
        let page = home.appendingPathComponent("page.html")
        try BenchPage.html.write(to: page, atomically: true, encoding: .utf8)
        return PtyCommand(executable: lynx, arguments: ["-cfg=/dev/null", "-nopause", page.absoluteString],
                          environment: PtyEnvironment.standard(home: home), marker: BenchPage.lastWord)
    }
}
