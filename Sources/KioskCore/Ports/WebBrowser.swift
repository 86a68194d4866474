/// What the job-sites screens need to reach the web.
///
/// The browser decides every request, redirect and `<meta refresh>` with the URL policy of the
/// site rules open to the detainee (`categories`, nil for every category), keeps cookies per
/// `session` until `endSession`, and returns only HTML and plain text, converted.
/// Synchronous: `load` returns within the browser's time cap.
public protocol WebBrowser: Sendable {
    func load(_ request: PageRequest, session: String, categories: Set<SiteCategory>?) -> PageLoad

    /// Forgets the session's cookies (logout, idle logout, stop).
    func endSession(_ session: String)
}
