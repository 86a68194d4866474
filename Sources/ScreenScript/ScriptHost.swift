import KioskCore
import KioskRuntime

/// What a runner needs from the program it tests: databases and themes.
///
/// `kiosk script` implements it with the real SQLite store; ScreenScript itself never sees
/// the store's types (it may import only the core, widgets and runtime).
public protocol ScriptHost: Sendable {
    /// The themes scripts run with.
    var themes: ThemeCatalog { get }
    /// Creates a fresh database file at `path` from a source (`database demo`, `empty`, or a
    /// copy of a file; a relative file path is taken from `scriptDirectory`).
    func prepareDatabase(_ source: DatabaseSource, scriptDirectory: String, at path: String) throws
    /// Opens a prepared database as the store the kiosk runs on.
    func openStore(at path: String) throws -> ScriptStore
}

/// An open database for one script.
public protocol ScriptStore {
    /// The database's adapters behind every port the runtime uses.
    var ports: KioskPorts { get }
    func close()
}
