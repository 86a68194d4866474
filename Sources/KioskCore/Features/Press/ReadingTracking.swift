/// Releases the article held as being read when its reader leaves the stack.
///
/// Opening an article holds it on this terminal (the store does that with the open), so the
/// press sync's retention never deletes what someone is reading. Leaving the reader, logging
/// out, being logged out or stopping the kiosk releases it.
enum ReadingTracking {
    /// The article the stack holds open, loaded, if any.
    static func held(_ state: AppState) -> Int64? {
        if state.isStopping { return nil }
        for route in state.stack.reversed() {
            if case .pressArticle(let reader) = route, reader.article != nil { return reader.id }
        }
        return nil
    }

    /// The effect that releases the hold, when the article held before the action is no longer.
    static func update(_ state: AppState, before: Int64?) -> [Effect] {
        guard before != nil, held(state) == nil else { return [] }
        return [.closeArticle(terminal: state.settings.terminalName)]
    }
}
