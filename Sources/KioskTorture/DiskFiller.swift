import Foundation

/// Fills a filesystem to its last byte with one file, and frees it again.
struct DiskFiller {
    let path: String

    init(directory: String) { path = directory + "/filler" }

    /// Writes zeros until the filesystem says it is full (ENOSPC); throws on any other error.
    /// Returns the bytes written.
    @discardableResult
    func fill() throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else { throw TortureSetupError("cannot create \(path): errno \(errno)") }
        defer { close(descriptor) }
        var total = 0
        for chunk in [1 << 20, 1 << 12, 1] {
            let zeros = [UInt8](repeating: 0, count: chunk)
            while true {
                let written = zeros.withUnsafeBytes { write(descriptor, $0.baseAddress, chunk) }
                if written > 0 { total += written; continue }
                guard errno == ENOSPC else { throw TortureSetupError("filling \(path): errno \(errno)") }
                break
            }
        }
        return total
    }

    func free() throws { try FileManager.default.removeItem(atPath: path) }
}
