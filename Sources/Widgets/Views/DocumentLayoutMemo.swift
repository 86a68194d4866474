import Foundation
import KioskCore

/// The last few layouts made, by source: rendering stays a function of the state (a layout
/// depends on its source only), but a long text is laid out once rather than at every frame.
///
/// Holds `capacity` layouts, the most recently used first; safe to use from any thread.
final class DocumentLayoutMemo: @unchecked Sendable {
    static let shared = DocumentLayoutMemo(capacity: 4)

    let capacity: Int
    private let lock = NSLock()
    private var entries: [(source: DocumentLayoutSource, layout: DocumentLayout)] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The layout of `source`, made now only when it is not among the last ones made.
    func layout(for source: DocumentLayoutSource) -> DocumentLayout {
        let kept: DocumentLayout? = lock.withLock {
            guard let index = entries.firstIndex(where: { $0.source == source }) else { return nil }
            let entry = entries.remove(at: index)
            entries.insert(entry, at: 0)
            return entry.layout
        }
        if let kept { return kept }
        let layout = DocumentLayout(source.document, width: source.width, labels: source.labels)
        lock.withLock {
            entries.insert((source, layout), at: 0)
            if entries.count > capacity { entries.removeLast(entries.count - capacity) }
        }
        return layout
    }

    /// How many layouts are kept (for tests).
    var count: Int { lock.withLock { entries.count } }
}
