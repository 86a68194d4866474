import ArgumentParser
import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore

/// `kiosk-bench cell`: one kiosk session of the many-cells figure, as its own process.
///
/// Opens the database and the detainee's requests screen, which reads the catalogue and the
/// detainee's requests and readies the store for a submission (`prepareToSubmit`), as a
/// session does before its detainee sends a request (the login
/// before it is left out: it would hash each cell's PIN again at full cost). Then prints
/// `ready`, waits for a byte on its standard input (the start signal all cells share), submits
/// its requests one after another through the request port the runtime's `.submitRequest`
/// effect calls, and prints one line per submission, `sent KEY ID NANOSECONDS` or
/// `failed KEY NANOSECONDS REASON`, then `done`. It stays open, as a session does, until its
/// standard input closes: cells ending while others still write would take the processor
/// from them.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cell", abstract: "One session of the many-cells figure.", shouldDisplay: false)

    @Option(help: "The database file.") var db: String
    @Option(help: "The detainee's account id.") var detainee: Int64
    @Option(help: "The cell's number, in the requests' keys.") var cell: Int
    @Option(help: "How many requests to submit.") var requests: Int

    func run() throws {
        let database = try KioskDatabase(path: db)
        let port = KioskPorts(database: database).requests
        _ = try port.serviceCatalog()
        _ = try port.requests(detainee: detainee)
        try port.prepareToSubmit(detainee: detainee)
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        guard try FileHandle.standardInput.read(upToCount: 1)?.isEmpty == false else { return }
        var lines: [String] = []
        for index in 0..<requests {
            let key = "cell-\(cell)-\(index)"
            let draft = RequestDraft(key: key, service: BenchDatabase.serviceID,
                                     answers: [BenchDatabase.fieldID: .text("Two loaves of bread and coffee, cell \(cell)")])
            let start = Stopwatch.now
            do {
                let outcome = try port.submit(draft, detainee: detainee, at: Date())
                let elapsed = Stopwatch.now - start
                if case .sent(let summary) = outcome {
                    lines.append("sent \(key) \(summary.id) \(elapsed)")
                } else {
                    lines.append("failed \(key) \(elapsed) \(outcome)")
                }
            } catch {
                lines.append("failed \(key) \(Stopwatch.now - start) \(error)")
            }
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\ndone\n").utf8))
        _ = FileHandle.standardInput.readDataToEndOfFile()
        try database.close()
    }
}
