import KioskCore

extension PressSyncReport {
    /// Width of the status column (`ok`, `same`, `error`), spaces included.
    static let statusWidth = 8
    /// Names up to this many characters line up in a column; longer ones push their line on.
    static let nameColumnLimit = 40

    /// The report as plain text for the command line: one line per source, then a summary.
    ///
    /// ```
    /// ok      Le Journal du Quartier   3 new, 10 already kept
    /// same    De Wijkkrant             not modified since the last sync
    /// error   Broken feed              the server answered HTTP 404 (not found)
    /// 3 sources: 1 synced, 1 unchanged, 1 failed; 3 articles added, 2 removed by retention
    /// ```
    ///
    /// Names come from the store, typed by staff: they are printed through the same cleaning
    /// as every other text sent to a terminal (`TextSanitizer.singleLine`), as are reasons.
    public var lines: [String] {
        if let sourcesFailure {
            return [Self.line("error", "the press sources could not be read: \(PressFailureText.database(sourcesFailure))")]
        }
        let names = sources.map(Self.shownName)
        let width = min(Self.nameColumnLimit, names.map(\.count).max() ?? 0)
        var lines: [String] = []
        for (source, name) in zip(sources, names) {
            let padded = Self.padded(name, to: width)
            switch source.outcome {
            case .stored(let result, let duplicates, _):
                lines.append(Self.line("ok", "\(padded)   \(Self.detail(result, duplicates: duplicates))"))
            case .notModified:
                lines.append(Self.line("same", "\(padded)   not modified since the last sync"))
            case .failed(let reason):
                lines.append(Self.line("error", "\(padded)   \(PressFailureText.clean(reason))"))
            }
        }
        if let pruneFailure {
            lines.append(Self.line("error", "old articles could not be removed: \(PressFailureText.database(pruneFailure))"))
        }
        lines.append(summary)
        return lines
    }

    /// `4 sources: 2 synced, 1 unchanged, 1 failed; 3 articles added, 2 removed by retention`.
    public var summary: String {
        let counts = "\(Self.count(sources.count, "source")): \(syncedCount) synced, \(unchangedCount) unchanged, "
            + "\(failedCount) failed"
        let removed = pruneFailure == nil ? "\(removedByRetention) removed by retention" : "none removed by retention"
        return "\(counts); \(Self.count(articlesAdded, "article")) added, \(removed)"
    }

    // MARK: - Pieces

    /// The name as printed: cleaned for the terminal; the URL when the name is blank.
    static func shownName(_ source: PressSourceReport) -> String {
        let name = TextSanitizer.singleLine.clean(source.name).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? TextSanitizer.singleLine.clean(source.url) : name
    }

    /// `3 new, 10 already kept, 2 too old to keep, 1 repeated in the feed`.
    static func detail(_ result: PressStoreResult, duplicates: Int) -> String {
        if result == PressStoreResult(), duplicates == 0 { return "the feed holds no articles" }
        var parts = ["\(result.added) new"]
        if result.known > 0 { parts.append("\(result.known) already kept") }
        if result.tooOld > 0 { parts.append("\(result.tooOld) too old to keep") }
        if duplicates > 0 { parts.append("\(duplicates) repeated in the feed") }
        return parts.joined(separator: ", ")
    }

    private static func line(_ status: String, _ rest: String) -> String {
        padded(status, to: statusWidth) + rest
    }

    /// The text followed by spaces up to `width` characters (never cut).
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
