import KioskCore
import Foundation
import Widgets

/// The themes a terminal offers, loaded once at start from a folder of `*.toml` files.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [String: Theme]
    /// Names in display order: `default`, `high-contrast`, `mono` first, then the rest by name.
    public private(set) var names: [String]

    public init(themes: [Theme]) {
        let byName = Dictionary(themes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let preferred = ["default", "high-contrast", "mono"]
        self.themes = byName
        self.names = preferred.filter { byName[$0] != nil } + byName.keys.filter { !preferred.contains($0) }.sorted()
    }

    /// Loads every `*.toml` in a folder; the first bad file stops the load with its error.
    public static func load(directory: String) throws(FileError) -> ThemeCatalog {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw FileError(path: directory, message: "cannot list the themes folder")
        }
        var themes: [Theme] = []
        for file in files {
            themes.append(try ThemeFile.load(path: (directory as NSString).appendingPathComponent(file)))
        }
        if themes.isEmpty { throw FileError(path: directory, message: "no *.toml theme in the folder") }
        return ThemeCatalog(themes: themes)
    }

    /// The theme of that name, or the built-in one if the name is unknown.
    public func theme(named name: String) -> Theme {
        themes[name] ?? themes["default"] ?? .builtIn
    }
}
