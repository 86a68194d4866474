import Foundation

/// The checkout the suite runs from: where `content/`, `themes/` and `Tests/` are.
enum RepositoryRoot {
    /// The nearest folder holding `Package.swift`, searched upwards from the kiosk binary, then
    /// from the current directory; nil when neither is inside a checkout.
    static func find(kiosk: String) -> URL? {
        let starts = [URL(fileURLWithPath: kiosk).resolvingSymlinksInPath().deletingLastPathComponent(),
                      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var folder = start.standardizedFileURL
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// `find`, or an error that says where it looked.
    static func require(kiosk: String) throws -> URL {
        guard let root = find(kiosk: kiosk) else {
            throw TortureSetupError("no Package.swift above \(kiosk) or \(FileManager.default.currentDirectoryPath)")
        }
        return root
    }
}

/// A category could not prepare what it runs on (no binary, no checkout, a command failed).
struct TortureSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
