import KioskCore

/// "Saved." in the success role, or why not in the error role (marked with "!", so it reads
/// without colour too): a store failure, the store's refusal, or a field typed wrong.
enum SaveOutcomeLine {
    /// Draws the outcome from a row, wrapped to `width` and at most `maxRows` lines; nothing for
    /// no outcome.
    static func draw(_ outcome: SaveOutcome?, _ catalog: Catalog, in buffer: inout Buffer, row: Int, col: Int, width: Int,
                     maxRows: Int = 3) {
        let text: String
        switch outcome {
        case .saved:
            buffer.write(catalog[.settingsSaved], row: row, col: col, role: .success, limit: width)
            return
        case .failed(let failure):
            text = catalog[failure == .notWritable ? .storeNotWritable : .storeUnavailable]
        case .refused(let reason):
            text = reason
        case .invalid(let key):
            text = catalog.text(key, ["pattern": StaffDateTime.pattern])
        case nil:
            return
        }
        for (index, line) in TextLayout.wrap("! " + text, width: width).prefix(max(0, maxRows)).enumerated() {
            buffer.write(line, row: row + index, col: col, role: .error)
        }
    }
}
