import Foundation

/// What went wrong in the pseudo-terminal harness.
enum PtyError: Error, CustomStringConvertible {
    case system(String, Int32)
    case spawn(String, Int32)
    case timedOut(String)
    case exited(String)

    var description: String {
        switch self {
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        case .spawn(let program, let code): return "could not start \(program): \(String(cString: strerror(code)))"
        case .timedOut(let what): return "timed out waiting for \(what)"
        case .exited(let what): return "the program ended while waiting for \(what)"
        }
    }
}
