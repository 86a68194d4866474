import KioskCore

/// "Saved." in the success role, or why saving failed in the error role (marked with "!").
enum SaveOutcomeLine {
    /// Draws the outcome from a row, wrapped to `width`; nothing for no outcome.
    static func draw(_ outcome: SaveOutcome?, _ catalog: Catalog, in buffer: inout Buffer, row: Int, col: Int, width: Int) {
        switch outcome {
        case .saved:
            buffer.write(catalog[.settingsSaved], row: row, col: col, role: .success, limit: width)
        case .failed(let failure):
            let text = "! " + catalog[failure == .notWritable ? .storeNotWritable : .storeUnavailable]
            for (index, line) in TextLayout.wrap(text, width: width).enumerated() {
                buffer.write(line, row: row + index, col: col, role: .error)
            }
        case nil:
            break
        }
    }
}
