/// The combining marks of a cell: at most four scalars, in order, in fixed storage.
///
/// Unused slots stay U+0000, so two cells with the same marks compare equal field by field.
public struct CellMarks: Equatable, Sendable, Sequence {
    public static let capacity = 4

    private var first: Unicode.Scalar = "\u{0}"
    private var second: Unicode.Scalar = "\u{0}"
    private var third: Unicode.Scalar = "\u{0}"
    private var fourth: Unicode.Scalar = "\u{0}"
    public private(set) var count: UInt8 = 0

    public init() {}

    /// Adds a mark at the end; false when all four slots are taken.
    mutating func append(_ mark: Unicode.Scalar) -> Bool {
        switch count {
        case 0: first = mark
        case 1: second = mark
        case 2: third = mark
        case 3: fourth = mark
        default: return false
        }
        count += 1
        return true
    }

    public subscript(index: Int) -> Unicode.Scalar {
        precondition(index >= 0 && index < Int(count), "mark \(index) of \(count)")
        switch index {
        case 0: return first
        case 1: return second
        case 2: return third
        default: return fourth
        }
    }

    public func makeIterator() -> Iterator { Iterator(marks: self) }

    public struct Iterator: IteratorProtocol {
        let marks: CellMarks
        var index = 0

        public mutating func next() -> Unicode.Scalar? {
            guard index < Int(marks.count) else { return nil }
            defer { index += 1 }
            return marks[index]
        }
    }
}
