import ArgumentParser
import Foundation

// Usage errors exit with status 2, like the kiosk's own commands.
do {
    var command = try TortureCommand.parseAsRoot()
    try command.run()
} catch {
    if TortureCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((TortureCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    TortureCommand.exit(withError: error)
}
