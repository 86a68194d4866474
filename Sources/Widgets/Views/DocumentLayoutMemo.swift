import Foundation
import KioskCore

/// The last few layouts made, by source: rendering stays a function of the state (a layout
/// depends on its source only), but a long text is laid out once rather than at every frame.
///
/// Holds `capacity` layouts, the most recently used first; safe to use from any thread.
final class DocumentLayoutMemo: @unchecked Sendable {
    static let shared = DocumentLayoutMemo(capacity: 4)

    /// A layout, and the first line of each target of the body once asked for.
    private struct Entry {
        let source: DocumentLayoutSource
        let layout: DocumentLayout
        var targetLines: [Int]?
    }

    let capacity: Int
    private let lock = NSLock()
    private var entries: [Entry] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The layout of `source`, made now only when it is not among the last ones made.
    func layout(for source: DocumentLayoutSource) -> DocumentLayout {
        entry(for: source).layout
    }

    /// The first line of each link and field of the body (`DocumentLayout.lines(of:)` of
    /// `Document.targets`), found once per layout: the page measure asks at every key.
    func targetLines(for source: DocumentLayoutSource) -> [Int] {
        let entry = entry(for: source)
        if let lines = entry.targetLines { return lines }
        let lines = entry.layout.lines(of: source.body.targets)
        lock.withLock {
            if let index = entries.firstIndex(where: { $0.source == source }) { entries[index].targetLines = lines }
        }
        return lines
    }

    /// The entry of `source`, moved to the front, or a new one at the front.
    private func entry(for source: DocumentLayoutSource) -> Entry {
        let kept: Entry? = lock.withLock {
            guard let index = entries.firstIndex(where: { $0.source == source }) else { return nil }
            let entry = entries.remove(at: index)
            entries.insert(entry, at: 0)
            return entry
        }
        if let kept { return kept }
        let entry = Entry(source: source, layout: DocumentLayout(source.document, width: source.width, labels: source.labels))
        lock.withLock {
            entries.insert(entry, at: 0)
            if entries.count > capacity { entries.removeLast(entries.count - capacity) }
        }
        return entry
    }

    /// How many layouts are kept (for tests).
    var count: Int { lock.withLock { entries.count } }
}
