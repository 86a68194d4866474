/// Ends the browser's session (its cookies) when the detainee's session ends.
///
/// The browser keeps cookies per session name (`JobSitesFeature.sessionName`), made at the
/// first page of a login. Logging out, being logged out or stopping the kiosk ends it, so the
/// next person at the terminal starts with no cookie.
enum BrowsingTracking {
    /// The browser session of the logged-in detainee, if they loaded a page.
    static func session(_ state: AppState) -> String? {
        state.isStopping ? nil : state.session?.webSession
    }

    /// The effect that ends the browser session open before the action, when it is no longer.
    static func update(_ state: AppState, before: String?) -> [Effect] {
        guard let before, session(state) != before else { return [] }
        return [.endBrowsing(session: before)]
    }
}
