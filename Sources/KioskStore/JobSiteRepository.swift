import Foundation
import KioskCore

/// The job-sites screens' store: the start page's sites from the stored rules, and bookmarks.
public struct JobSiteRepository: JobSiteStore {
    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    public func startSites(categories: Set<SiteCategory>?) throws(StoreFailure) -> [StartSite] {
        do {
            return try AllowlistRepository(database: database).startSites(categories: categories)
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            throw .unavailable
        }
    }

    public func bookmarks(detainee: AccountID) throws(StoreFailure) -> [Bookmark] {
        do {
            return try BookmarkRepository(database: database).bookmarks(detainee: detainee)
        } catch {
            throw error.failure
        }
    }

    public func addBookmark(url: String, title: String, detainee: AccountID, at: Date) throws(StoreFailure) -> [Bookmark]? {
        do {
            return try BookmarkRepository(database: database).add(url: url, title: title, detainee: detainee, at: at)
        } catch {
            throw error.failure
        }
    }

    public func removeBookmark(url: String, detainee: AccountID) throws(StoreFailure) -> [Bookmark] {
        do {
            return try BookmarkRepository(database: database).remove(url: url, detainee: detainee)
        } catch {
            throw error.failure
        }
    }
}
