import KioskCore

/// "Saved." in the success role, or why not in the error role (marked with "!", so it reads
/// without colour too): a store failure, the store's refusal, or a field typed wrong.
enum SaveOutcomeLine {
    /// How many lines `draw` takes for `outcome` at `width`, at most `maxRows`.
    static func rows(_ outcome: SaveOutcome?, _ catalog: Catalog, width: Int, maxRows: Int = 3) -> Int {
        guard let text = text(outcome, catalog) else { return outcome == nil ? 0 : min(1, maxRows) }
        return min(TextLayout.wrap("! " + text, width: width).count, max(0, maxRows))
    }

    /// What a store failure means for the user, in their language.
    static func words(_ failure: StoreFailure, _ catalog: Catalog) -> String {
        catalog[failure == .notWritable ? .storeNotWritable : .storeUnavailable]
    }

    /// The words of a refusal or failure (nil for none, and for "Saved.").
    private static func text(_ outcome: SaveOutcome?, _ catalog: Catalog) -> String? {
        switch outcome {
        case .saved, nil: nil
        case .failed(let failure): words(failure, catalog)
        case .refused(let reason): reason
        case .invalid(let key): catalog.text(key, ["pattern": StaffDateTime.pattern])
        }
    }

    /// Draws the outcome from a row, wrapped to `width` and at most `maxRows` lines; nothing for
    /// no outcome.
    static func draw(_ outcome: SaveOutcome?, _ catalog: Catalog, in buffer: inout Buffer, row: Int, col: Int, width: Int,
                     maxRows: Int = 3) {
        if outcome == .saved {
            buffer.write(catalog[.settingsSaved], row: row, col: col, role: .success, limit: width)
            return
        }
        guard let text = text(outcome, catalog) else { return }
        for (index, line) in TextLayout.wrap("! " + text, width: width).prefix(max(0, maxRows)).enumerated() {
            buffer.write(line, row: row + index, col: col, role: .error)
        }
    }
}
