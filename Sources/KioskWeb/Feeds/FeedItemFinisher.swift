import Foundation
import KioskCore

/// Turns a draft into the parsed feed: cleans and caps every field, resolves links, reads dates,
/// gives every item an identity, drops duplicates and items past the cap.
///
/// Every text field passes through `TextSanitizer` here, after HTML is turned into text, so
/// nothing a feed writes (escape sequences, C1 controls, bidi overrides) survives into a title.
/// Bodies stay HTML: they are sanitised as text here, and the HTML reader that turns them into
/// a document decodes their character references and sanitises again.
struct FeedItemFinisher: Sendable {
    let fetchedAt: Date
    let maximumItems: Int

    static let titleText = TextSanitizer.singleLine
    static let authorText = TextSanitizer(maxLength: 100)
    static let identityText = TextSanitizer(maxLength: 2_048)
    static let summaryText = TextSanitizer(maxLength: 20_000, keepsNewlines: true)
    static let contentText = TextSanitizer.multiLine
    /// Longest id kept as written; longer ones are replaced by their digest.
    static let maximumIDLength = 500
    /// Longest link kept; a longer one is dropped rather than cut (a cut link is a wrong link).
    static let maximumLinkLength = 2_048
    /// Entries finished at a time (`finish`).
    static let batchLength = 512
    /// How far ahead of the fetch a date may be before it is not believed.
    static let futureTolerance: TimeInterval = 24 * 3_600

    func finish(_ draft: FeedDraft) -> ParsedFeed {
        var items: [FeedItem] = []
        var seen: Set<String> = []
        var duplicates = 0
        var overflow = 0
        // Entries are finished on every core a batch at a time, so that a feed of a million
        // empty entries never holds a million finished ones at once.
        for start in stride(from: 0, to: draft.entries.count, by: Self.batchLength) {
            let batch = Array(draft.entries[start..<min(start + Self.batchLength, draft.entries.count)])
            for finished in OrderedConcurrentMap.map(batch, { self.item($0) }) {
                guard let item = finished else { continue }
                guard seen.insert(item.id).inserted else {
                    duplicates += 1
                    continue
                }
                guard items.count < maximumItems else {
                    overflow += 1
                    continue
                }
                items.append(item)
            }
        }
        return ParsedFeed(
            format: draft.format, title: draft.title.map(title) ?? "", link: draft.link.flatMap(link),
            language: draft.language.flatMap(language), items: items, duplicateCount: duplicates,
            overflowCount: overflow)
    }

    private func item(_ entry: FeedEntryDraft) -> FeedItem? {
        let summary = entry.summary.map(html).map { Self.summaryText.clean($0) }.flatMap(nonEmpty)
        let content = entry.content.map(html).map { Self.contentText.clean($0) }.flatMap(nonEmpty)
        var title = entry.title.map(title) ?? ""
        if title.isEmpty, let body = entry.summary ?? entry.content {
            title = Self.titleText.clean(String(FeedPlainText.fromHTML(html(body)).prefix(80)))
        }
        let link = entry.link.flatMap(link)
        let rawID = entry.id.map { Self.identityText.clean($0).trimming(.whitespaces) }.flatMap(nonEmpty)
        guard rawID != nil || link != nil || !title.isEmpty || summary != nil || content != nil else { return nil }

        let parsedDate = entry.date.flatMap(FeedDateParser.parse)
        let believable = parsedDate.flatMap { $0 <= fetchedAt.addingTimeInterval(Self.futureTolerance) ? $0 : nil }
        let id = identity(rawID ?? link ?? "", fallback: [title, entry.date ?? "", title.isEmpty ? summary ?? content ?? "" : ""])
        return FeedItem(
            id: id, title: title, link: link, published: believable ?? fetchedAt, dateWasMissing: believable == nil,
            author: entry.author.map { Self.authorText.clean(FeedPlainText.collapsed($0)) }.flatMap(nonEmpty),
            summaryHTML: summary, contentHTML: content)
    }

    // MARK: - Fields

    /// One line of plain text.
    private func title(_ text: FeedDraftText) -> String {
        switch text.kind {
        case .html: Self.titleText.clean(FeedPlainText.fromHTML(text.text))
        case .plain: Self.titleText.clean(FeedPlainText.collapsed(text.text))
        }
    }

    /// HTML either way: plain text is escaped.
    private func html(_ text: FeedDraftText) -> String {
        switch text.kind {
        case .html: text.text.trimming(.whitespacesAndNewlines)
        case .plain: FeedPlainText.escapedHTML(text.text.trimming(.whitespacesAndNewlines))
        }
    }

    /// An absolute http or https URL in normal form; nil for anything unsafe or unreadable.
    private func link(_ draft: FeedDraftLink) -> String? {
        let reference = draft.reference.trimming(.whitespacesAndNewlines)
        guard !reference.isEmpty else { return nil }
        let resolved = draft.base.map { StrictURL.resolve(reference, against: $0) } ?? StrictURL.parse(reference)
        guard case .success(let url) = resolved, url.string.utf8.count <= Self.maximumLinkLength else { return nil }
        return url.string
    }

    /// A BCP 47-looking tag (`fr`, `nl-BE`, `en_GB` written `en-GB`); nil otherwise.
    private func language(_ text: String) -> String? {
        let tag = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard tag.count <= 35, let first = parts.first, (1...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return tag
    }

    /// The id as written when short enough; else a digest of it, or of the fallback fields
    /// (title and date, and the body when there is no title) when nothing was written.
    private func identity(_ written: String, fallback: [String]) -> String {
        if !written.isEmpty, written.count <= Self.maximumIDLength { return written }
        let source = written.isEmpty ? fallback.joined(separator: "\u{1F}") : written
        return "digest:" + FeedDigest.hex(source)
    }

    private func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
