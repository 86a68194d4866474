import Foundation
import KioskCore

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 as real feeds are written, into clean `FeedItem`s.
///
/// The bytes are first made UTF-8 (`FeedTextDecoder`: BOM, declared encoding, Windows-1252
/// bytes in a "UTF-8" feed), then readied for the XML parser (`FeedXMLPreparer`: entity
/// declarations refused, forbidden control bytes dropped, HTML entity names made numeric),
/// parsed by libxml2 with namespaces and without external entities (`FeedXMLTreeBuilder`), read
/// by dialect (`RSSFeedReader`, `AtomFeedReader`), and finished (`FeedItemFinisher`): text
/// sanitised and capped, links resolved against `xml:base` and the feed URL, dates read,
/// duplicates dropped, items capped.
public struct FeedParser: Sendable {
    /// Most items kept from one feed.
    public var maximumItems: Int
    /// Largest document accepted, in bytes.
    public var maximumBytes: Int

    public init(maximumItems: Int = 500, maximumBytes: Int = 10_000_000) {
        self.maximumItems = max(0, maximumItems)
        self.maximumBytes = max(0, maximumBytes)
    }

    /// Parses a feed fetched at `fetchedAt` from `feedURL` (the base for relative links; with
    /// nil, only absolute links are kept). The fetch time stands in for missing dates.
    public func parse(_ data: Data, feedURL: StrictURL?, fetchedAt: Date) throws(FeedParseError) -> ParsedFeed {
        guard data.count <= maximumBytes else { throw .tooLarge(limit: maximumBytes) }
        let bytes = [UInt8](data)
        guard bytes.contains(where: { !Self.isXMLSpace($0) }) else { throw .empty }
        let utf8 = try FeedTextDecoder.utf8(bytes)
        let prepared = try FeedXMLPreparer.prepared(utf8)
        let root = try FeedXMLTreeBuilder.tree(prepared, documentBase: feedURL)
        guard let draft = RSSFeedReader.read(root) ?? AtomFeedReader.read(root) else {
            throw .notAFeed(root: TextSanitizer(maxLength: 60).clean(root.name))
        }
        return FeedItemFinisher(fetchedAt: fetchedAt, maximumItems: maximumItems).finish(draft)
    }

    /// Parses a fetched page, with its final URL (after redirects) as the base.
    public func parse(_ page: FetchedPage, fetchedAt: Date) throws(FeedParseError) -> ParsedFeed {
        try parse(page.body, feedURL: page.finalURL, fetchedAt: fetchedAt)
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
