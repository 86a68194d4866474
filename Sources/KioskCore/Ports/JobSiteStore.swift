import Foundation

/// What the job-sites screens need from storage: the sites of the start page and each
/// detainee's bookmarks.
public protocol JobSiteStore: Sendable {
    /// The sites of the stored rules in `categories` (nil: every category), never `press`, by
    /// category then name. A rule covered by a broader rule of the same category (one that only
    /// adds form rights under a site) is not a site of its own.
    func startSites(categories: Set<SiteCategory>?) throws(StoreFailure) -> [StartSite]

    /// The detainee's bookmarks, newest first.
    func bookmarks(detainee: AccountID) throws(StoreFailure) -> [Bookmark]

    /// Keeps a page for the detainee (an address kept already gets the new title); returns the
    /// fresh list, or nil when the detainee already has `Bookmark.limit` bookmarks.
    func addBookmark(url: String, title: String, detainee: AccountID, at: Date) throws(StoreFailure) -> [Bookmark]?

    /// Forgets a page the detainee kept; returns the fresh list.
    func removeBookmark(url: String, detainee: AccountID) throws(StoreFailure) -> [Bookmark]
}
