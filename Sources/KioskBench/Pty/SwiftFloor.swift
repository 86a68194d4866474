import Foundation

/// The least a Swift program like the kiosk holds in memory: one that imports Foundation,
/// formats a date for a locale, prints it and waits for a line. Built with `swiftc -O` at run
/// time, linked as `kiosk-bench` itself was (and so the kiosk, built by the same command): with
/// the Swift runtime and Foundation inside the binary when they are not shared libraries here.
enum SwiftFloor {
    static let source = """
        import Foundation
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_BE")
        formatter.dateFormat = "EEE d MMM HH:mm"
        print("floor " + formatter.string(from: Date()))
        _ = readLine()
        """

    /// Compiles the program into `home`; nil when no `swiftc` is on PATH.
    static func command(home: URL) throws -> PtyCommand? {
        guard let swiftc = BenchShell.find("swiftc") else { return nil }
        let file = home.appendingPathComponent("floor.swift")
        let binary = home.appendingPathComponent("floor")
        try source.write(to: file, atomically: true, encoding: .utf8)
        try BenchShell.run(swiftc, ["-O"] + (linksStatically ? ["-static-stdlib"] : []) + [file.path, "-o", binary.path])
        return PtyCommand(executable: binary.path, arguments: [], environment: PtyEnvironment.standard(home: home), marker: "floor")
    }

    /// Whether this process was linked with the Swift runtime inside it (`--static-swift-stdlib`):
    /// no `libswiftCore.so` among its mappings.
    static let linksStatically: Bool = {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return false }
        return !maps.contains("libswiftCore.so")
    }()

    /// How the floor is named in the table.
    static var name: String { linksStatically ? "Swift+Foundation floor (static)" : "Swift+Foundation floor" }
}
