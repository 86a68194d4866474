import Foundation
import KioskCore

/// A browser in memory: pages by address, what was asked, which sessions ended.
final class FakeBrowser: WebBrowser, @unchecked Sendable {
    var pages: [String: PageLoad] = [:]
    private(set) var asked: [(request: PageRequest, session: String, categories: Set<SiteCategory>?)] = []
    private(set) var ended: [String] = []
    /// Called as a load starts, before it answers (to look at what the screen showed then).
    var onLoad: (() -> Void)?

    func load(_ request: PageRequest, session: String, categories: Set<SiteCategory>?) -> PageLoad {
        onLoad?()
        asked.append((request, session, categories))
        return pages[request.url] ?? .failed(url: request.url, .network("no such page"))
    }

    func endSession(_ session: String) { ended.append(session) }
}

/// Start sites and bookmarks in memory, limited as the real store limits them.
final class FakeJobSiteStore: JobSiteStore, @unchecked Sendable {
    var sites: [StartSite] = []
    var kept: [AccountID: [Bookmark]] = [:]
    var failure: StoreFailure?

    func startSites(categories: Set<SiteCategory>?) throws(StoreFailure) -> [StartSite] {
        if let failure { throw failure }
        return sites.filter { categories?.contains($0.category) ?? true }
    }

    func bookmarks(detainee: AccountID) throws(StoreFailure) -> [Bookmark] {
        if let failure { throw failure }
        return kept[detainee] ?? []
    }

    func addBookmark(url: String, title: String, detainee: AccountID, at: Date) throws(StoreFailure) -> [Bookmark]? {
        if let failure { throw failure }
        guard (kept[detainee] ?? []).count < Bookmark.limit else { return nil }
        kept[detainee, default: []].insert(Bookmark(url: url, title: title, createdAt: at), at: 0)
        return kept[detainee]
    }

    func removeBookmark(url: String, detainee: AccountID) throws(StoreFailure) -> [Bookmark] {
        if let failure { throw failure }
        kept[detainee]?.removeAll { $0.url == url }
        return kept[detainee] ?? []
    }
}
