/// How the kiosk means to use a URL; forms and POST need a rule's explicit permission.
public enum URLMethod: String, CaseIterable, Sendable {
    /// Following a link, a redirect, or fetching a feed.
    case get
    /// Submitting a form with GET (allowed only where a rule says `allowsGetForms`).
    case getForm
    /// Submitting a form with POST (allowed only where a rule says `allowsPost`).
    case post
}
