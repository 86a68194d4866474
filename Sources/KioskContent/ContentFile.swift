import Foundation

/// Reads the files of a package as a hostile package may have laid them out.
///
/// Only regular files are read: a symbolic link (which could point at any file the importer
/// may read), a device or a FIFO (which would block the read) is refused. The size is capped
/// while reading, not only checked before, so a file that grows meanwhile changes nothing.
enum ContentFile {
    /// What a directory entry is, without following a symbolic link.
    enum Kind: Equatable {
        case file, directory, symbolicLink, other
    }

    /// The kind of the entry at `path`, nil when there is none.
    static func kind(of path: String) -> Kind? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else { return nil }
        switch type {
        case .typeRegular: return .file
        case .typeDirectory: return .directory
        case .typeSymbolicLink: return .symbolicLink
        default: return .other
        }
    }

    /// The names in a directory, sorted, at most `limit` of them.
    static func entries(of directory: String, limit: Int) throws(ContentError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw ContentError(path: directory, message: "cannot list the folder")
        }
        guard names.count <= limit else {
            throw ContentError(path: directory, message: "the folder holds \(names.count) entries; at most \(limit) are read")
        }
        return names.sorted()
    }

    /// The bytes of the regular file at `path`; `what` names it in messages ("lesson").
    static func read(_ path: String, maxBytes: Int, what: String) throws(ContentError) -> [UInt8] {
        switch kind(of: path) {
        case nil: throw ContentError(path: path, message: "the file is missing")
        case .file?: break
        case .symbolicLink?: throw ContentError(path: path, message: "a symbolic link; a package holds plain files only")
        case .directory?, .other?: throw ContentError(path: path, message: "not a plain file")
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ContentError(path: path, message: "cannot open the file") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw ContentError(path: path, message: "cannot read the file") }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= maxBytes else {
                throw ContentError(path: path, message: "the \(what) is larger than \(sizeText(maxBytes))")
            }
        }
        return bytes
    }

    /// The text of UTF-8 bytes, without a leading byte order mark; an error gives the line and
    /// column of the first byte that is not UTF-8.
    static func text(_ bytes: [UInt8], path: String) throws(ContentError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var line = 1
        var column = 1
        var iterator = body.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return String(decoding: body, as: UTF8.self)
            case .error:
                throw ContentError(path: path, line: line, column: column, message: "not UTF-8 text; save the file as UTF-8")
            }
        }
    }

    /// `1 MB`, `256 KB` or `100 bytes`.
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
