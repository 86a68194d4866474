import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in:)`, without its round trip through Foundation's string when neither
    /// end of the text is in `set` (as for most texts), when nothing can be trimmed.
    public func trimming(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !set.contains(first) && !set.contains(last) { return String(self) }
        return trimmingCharacters(in: set)
    }
}
