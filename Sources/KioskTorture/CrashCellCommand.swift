import ArgumentParser
import Foundation
import KioskCore
import KioskRuntime

/// `kiosk-torture crash-cell --db FILE --number N`: the child the crash category kills.
///
/// Runs the kiosk's runtime and store (no ncurses) on the database, logs the detainee in
/// once, then sends library requests through the screens forever. Each time the frame says a
/// request is sent and saved it prints `SENT <idempotency key>` and flushes, so whatever the
/// parent read before its SIGKILL, the screen had promised. Exits 3 when a screen is not what
/// the keys should have led to.
struct CrashCellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-cell", abstract: "Sends requests until killed (run by the crash category).", shouldDisplay: false)

    @Option(help: "The database file (made with `kiosk admin init --demo`).") var db: String
    @Option(help: "The demo detainee's number.") var number: String = "1004"
    @Option(help: "The detainee's PIN.") var pin: String = "1234"
    @Option(help: "The service written to; one without a limit of open requests.") var service: String = "library"

    mutating func run() throws {
        do {
            try sendForever()
        } catch {
            FileHandle.standardError.write(Data("crash-cell: \(error)\n".utf8))
            throw ExitCode(3)
        }
    }

    private func sendForever() throws {
        let kiosk = try FaultKiosk(path: db, clock: SystemClock(), terminalName: "crash-\(getpid())")
        try kiosk.logIn(number: number, pin: pin)
        kiosk.press(.character("4"))
        var sent = 0
        var lastKey = ""
        while true {
            // Two forms opened in the same millisecond would share a key: wait for the next one.
            let millisecond = { Int64(kiosk.clock.now.timeIntervalSince1970 * 1000) }
            let opened = millisecond()
            while millisecond() == opened {}
            let key = try kiosk.writeRequest(service: service, text: "Dictionary, request \(sent + 1)")
            guard key != lastKey else { throw mismatch(kiosk, "a new key, not \(key) again") }
            lastKey = key
            kiosk.press(.enter)
            guard let done = kiosk.requestForm, case .sent(let summary) = done.phase else {
                throw mismatch(kiosk, "the request sent")
            }
            let state = kiosk.runtime.state
            let words = state.catalog.text(.requestSentDone, ["number": String(summary.id),
                                                               "service": done.service.title.text(in: state.language)])
            try kiosk.expect(words, "the sent screen")
            FileHandle.standardOutput.write(Data("SENT \(done.key)\n".utf8))
            sent += 1
            kiosk.press(.enter)
        }
    }

    private func mismatch(_ kiosk: FaultKiosk, _ what: String) -> FaultKioskMismatch {
        FaultKioskMismatch(what: "crash-cell", expected: what, screen: kiosk.lines)
    }
}
