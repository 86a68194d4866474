import ArgumentParser

/// `kiosk`: the cell kiosk and the commands that maintain it.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "The cell kiosk: courses, job sites, press and service requests on an in-cell terminal.",
        subcommands: [RunCommand.self, DemoCommand.self, AdminCommand.self, PressCommand.self, CoursesCommand.self, ServicesCommand.self, ScriptCommand.self, CheckTerminalCommand.self]
    )
}
