import ArgumentParser
import Foundation

// Usage errors exit with status 2 (as `kiosk script` promises, and as most Unix tools do),
// not ArgumentParser's 64; everything else keeps its own status.
do {
    var command = try KioskCommand.parseAsRoot()
    try command.run()
} catch {
    let code = KioskCommand.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((KioskCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    KioskCommand.exit(withError: error)
}
