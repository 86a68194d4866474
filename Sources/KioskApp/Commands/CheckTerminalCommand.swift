import ArgumentParser

/// `kiosk check-terminal`: shows colours, wide characters and the keys the kiosk receives.
struct CheckTerminalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-terminal",
        abstract: "Check this terminal: theme roles, wide characters, and the name of each key pressed (F10 quits).")

    func run() throws {
        throw ExitCode(TerminalCheck.run())
    }
}
