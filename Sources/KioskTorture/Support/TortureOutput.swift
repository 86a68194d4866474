import Foundation

/// Printing that reaches a pipe at once: a crash later in the run must not lose what was said.
enum TortureOutput {
    static func say(_ line: String) {
        print(line)
        fflush(nil)  // every output stream: naming stdout is not allowed under strict concurrency
    }
}
