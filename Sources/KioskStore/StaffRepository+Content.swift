import Foundation
import KioskCore

/// Supervisor screens over the allowlists and announcements: the repositories that the
/// `kiosk admin` commands use, so the screen and the shell validate and audit alike.
///
/// A refusal (a duplicate rule, a feed without its press rule, a bad wing…) comes back as
/// `.refused` with the repository's message; only a storage failure throws.
extension StaffRepository {
    public func siteRules() throws(StoreFailure) -> [SiteRuleEntry] {
        do { return try allowlists.listSiteRules() } catch { throw Self.failure(error) }
    }

    public func addSiteRule(_ draft: SiteRuleDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]> {
        try allowlistChange({ () throws(AllowlistError) in
            try allowlists.addSiteRule(draft.text, category: draft.category, allowsGetForms: draft.allowsGetForms,
                                       allowsPost: draft.allowsPost, by: author.actor, terminal: author.terminal, now: author.at)
        }, then: allowlists.listSiteRules)
    }

    public func removeSiteRule(_ text: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]> {
        try allowlistChange({ () throws(AllowlistError) in
            try allowlists.removeSiteRule(text, by: author.actor, terminal: author.terminal, now: author.at)
        }, then: allowlists.listSiteRules)
    }

    public func feedSources() throws(StoreFailure) -> [FeedSourceEntry] {
        do { return try allowlists.listFeeds() } catch { throw Self.failure(error) }
    }

    public func addFeedSource(_ draft: FeedSourceDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> {
        try allowlistChange({ () throws(AllowlistError) in
            try allowlists.addFeed(url: draft.url, name: draft.name, language: draft.language, by: author.actor,
                                   terminal: author.terminal, now: author.at)
        }, then: allowlists.listFeeds)
    }

    public func removeFeedSource(url: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> {
        try allowlistChange({ () throws(AllowlistError) in
            try allowlists.removeFeed(url: url, by: author.actor, terminal: author.terminal, now: author.at)
        }, then: allowlists.listFeeds)
    }

    public func setFeedSourceEnabled(url: String, _ enabled: Bool, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> {
        try allowlistChange({ () throws(AllowlistError) in
            try allowlists.setFeedEnabled(url: url, enabled, by: author.actor, terminal: author.terminal, now: author.at)
        }, then: allowlists.listFeeds)
    }

    public func announcements() throws(StoreFailure) -> [Announcement] {
        do {
            return try AnnouncementRepository(database: database).list(includeWithdrawn: true).map(\.announcement)
        } catch {
            throw error.failure
        }
    }

    public func publishAnnouncement(_ draft: AnnouncementDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]> {
        let repository = AnnouncementRepository(database: database, terminal: author.terminal)
        return try announcementChange { () throws(AnnouncementError) in
            try repository.publish(text: draft.text, startsAt: draft.startsAt, endsAt: draft.endsAt, target: draft.target,
                                   by: author.actor, now: author.at)
        }
    }

    public func withdrawAnnouncement(id: Int64, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]> {
        let repository = AnnouncementRepository(database: database, terminal: author.terminal)
        return try announcementChange { () throws(AnnouncementError) in
            try repository.withdraw(id: id, by: author.actor, now: author.at)
        }
    }

    private var allowlists: AllowlistRepository { AllowlistRepository(database: database) }

    /// Runs a change, then reads the fresh listing; a refusal is returned, a storage error thrown.
    private func allowlistChange<Changed, Listing: Equatable & Sendable>(
        _ change: () throws(AllowlistError) -> Changed, then list: () throws(AllowlistError) -> Listing
    ) throws(StoreFailure) -> ChangeResult<Listing> {
        do {
            _ = try change()
            return .done(try list())
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            return .refused(error.description)
        }
    }

    private func announcementChange(_ change: () throws(AnnouncementError) -> Announcement) throws(StoreFailure) -> ChangeResult<[Announcement]> {
        do {
            _ = try change()
        } catch {
            if case .storage(let storeError) = error { throw storeError.failure }
            return .refused(error.description)
        }
        return .done(try announcements())
    }

    private static func failure(_ error: AllowlistError) -> StoreFailure {
        if case .storage(let storeError) = error { return storeError.failure }
        return .unavailable
    }
}
