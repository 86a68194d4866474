import Foundation
import KioskCore

/// The catalogue decoded from the JSON text last read, so that a submission does not decode
/// the same text again inside its write transaction: the text is still read in that
/// transaction, and any change to it (an import, by any process) is decoded afresh.
///
/// Safe to use from any thread.
final class ServiceCatalogMemo: @unchecked Sendable {
    static let shared = ServiceCatalogMemo()

    private let lock = NSLock()
    private var last: (text: String, catalog: ServiceCatalog)?

    /// The catalogue `text` holds, decoded now only when it differs from the text decoded last.
    func catalog(decoding text: String) throws -> ServiceCatalog {
        if let last = lock.withLock({ last }), last.text == text { return last.catalog }
        let catalog = try JSONDecoder().decode(ServiceCatalog.self, from: Data(text.utf8))
        lock.withLock { last = (text, catalog) }
        return catalog
    }
}
