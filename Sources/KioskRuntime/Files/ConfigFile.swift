import Foundation
import KioskCore

/// Reads `kiosk.toml`: flat `key = value` lines with the keys of `KioskConfig`.
///
/// ```toml
/// database = "/var/lib/kiosk/kiosk.sqlite"
/// terminal-name = "A-117"
/// lang = "nl"
/// idle-timeout = "10m"
/// ```
public enum ConfigFile {
    /// Where the config is looked for when no `--config` is given.
    public static let defaultPath = "/etc/kiosk/kiosk.toml"

    public static func load(path: String) throws(FileError) -> KioskConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileError(path: path, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String, into base: KioskConfig = KioskConfig()) throws(FileError) -> KioskConfig {
        let source = try TOMLSource(path: path, text: text)
        var config = base
        // Apply idle-timeout before idle-warning whatever their order in the file.
        let keys = source.table.keys.sorted { ($0 == "idle-timeout" ? 0 : 1) < ($1 == "idle-timeout" ? 0 : 1) }
        for key in keys {
            guard let value = source.table[key] else { continue }
            let text: String
            if let string = value.string {
                text = string
            } else if let number = value.int, ["idle-timeout", "idle-warning", "press-retention-days"].contains(key) {
                text = String(number)
            } else {
                throw source.error(at: key, "\(key) must be a quoted string")
            }
            do {
                try config.set(key, text)
            } catch {
                throw source.error(at: key, error.description)
            }
        }
        return config
    }
}
