import ArgumentParser
import Foundation

/// `kiosk-bench page-dump FILE`: prints the kiosk's text of an HTML file, as `lynx -dump` and
/// `w3m -dump` print theirs, so the page-render figure compares processes with processes.
struct PageDumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page-dump", abstract: "Print an HTML file as the kiosk lays it out.", shouldDisplay: false)

    @Argument(help: "The HTML file (UTF-8).") var file: String
    @Option(help: "Columns.") var width = 80

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): cannot be read")
        }
        let text = PageDump.lines(html: String(decoding: data, as: UTF8.self), width: width).joined(separator: "\n")
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
