/// Which cells of a new frame differ from the frame on screen: what a terminal redraws.
///
/// Every cell when there is no previous frame or its size differs (the terminal repaints all).
public enum BufferDiff {
    /// The indices (row by row) of the cells of `next` that differ from `previous`.
    public static func changedCells(from previous: Buffer?, to next: Buffer) -> [Int] {
        guard let previous, previous.size == next.size else { return Array(next.cells.indices) }
        var changed: [Int] = []
        for index in next.cells.indices where next.cells[index] != previous.cells[index] {
            changed.append(index)
        }
        return changed
    }
}
