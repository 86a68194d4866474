import Foundation
import KioskCore

/// Cleans header values that come from servers (or from the store, where they were saved).
///
/// Keeps printable text only, so a value can be shown in a report and sent back in a request
/// without ever carrying a CR, LF or other control character into the header block.
enum HeaderText {
    /// Longest header value kept, in characters; longer validators are simply dropped.
    static let maximumLength = 1_024

    private static let sanitizer = TextSanitizer(maxLength: maximumLength + 1)

    /// The cleaned, trimmed value; nil when empty or longer than `maximumLength`.
    static func cleaned(_ value: String?) -> String? {
        guard let value else { return nil }
        let clean = sanitizer.clean(value).trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty, clean.unicodeScalars.count <= maximumLength else { return nil }
        return clean
    }

    /// A cleaned value cut to `limit` characters, for reports (content types, locations).
    static func shown(_ value: String, limit: Int = 200) -> String {
        TextSanitizer(maxLength: limit).clean(value)
    }
}
