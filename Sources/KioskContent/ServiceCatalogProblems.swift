import KioskCore

/// The problems found while a catalogue is read: every part is checked, and each problem is
/// kept rather than stopping the reading at the first.
///
/// A part that fails is left out of what is built, so the catalogue is only returned when
/// no problem was found.
final class ServiceCatalogProblems {
    let path: String
    private(set) var errors: [FileError] = []

    init(path: String) {
        self.path = path
    }

    var isEmpty: Bool { errors.isEmpty }

    /// The value `body` reads, or nil with its problem kept; a problem without a line gets
    /// `line`, the line of the part being read.
    func check<Value>(at line: Int?, _ body: () throws(FileError) -> Value) -> Value? {
        do {
            return try body()
        } catch {
            var located = error
            if located.line == nil { located.line = line }
            errors.append(located)
            return nil
        }
    }

    func add(_ error: FileError) {
        errors.append(error)
    }

    /// The problems in the order of the file (problems of the whole file first), at most
    /// `limit` and one line saying how many more there are.
    func listed(limit: Int) -> [FileError] {
        let ordered = errors.enumerated().sorted { first, second in
            let (a, b) = (first.element.line ?? 0, second.element.line ?? 0)
            return a != b ? a < b : first.offset < second.offset
        }.map(\.element)
        guard ordered.count > limit else { return ordered }
        let more = ordered.count - limit
        return Array(ordered.prefix(limit))
            + [FileError(path: path, message: "\(more) more problem\(more == 1 ? "" : "s") not listed; correct these and check again")]
    }
}
