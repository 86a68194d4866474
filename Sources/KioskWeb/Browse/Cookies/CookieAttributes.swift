import Foundation

/// The attributes after a cookie's `name=value`, read one by one; unknown ones are ignored and
/// the last of a repeated one wins (RFC 6265, 5.2).
struct CookieAttributes {
    var expires: Date?
    var maxAge: Int?
    /// Lower-cased, without a leading dot; nil when absent or empty.
    var domain: String?
    /// Starts with `/`; nil when absent or not starting with `/` (the default path is used).
    var path: String?
    var secure = false

    mutating func read(_ attribute: Substring) {
        let name: Substring
        let value: Substring
        if let equals = attribute.firstIndex(of: "=") {
            name = attribute[..<equals].trimmingBlanks()
            value = attribute[attribute.index(after: equals)...].trimmingBlanks()
        } else {
            name = attribute.trimmingBlanks()
            value = ""
        }
        guard value.utf8.count <= SetCookieParser.maximumAttributeBytes else { return }
        switch name.lowercased() {
        case "expires":
            if let date = CookieDate.parse(String(value)) { expires = date }
        case "max-age":
            maxAge = Self.maxAge(value) ?? maxAge
        case "domain":
            var domain = value.lowercased()
            if domain.hasPrefix(".") { domain.removeFirst() }
            if domain.hasSuffix(".") { domain.removeLast() }
            self.domain = domain.isEmpty ? nil : domain
        case "path":
            path = value.hasPrefix("/") ? String(value) : nil
        case "secure":
            secure = true
        default:
            break
        }
    }

    /// An optional `-` and digits; very large values are clamped, anything else is nil.
    private static func maxAge(_ text: Substring) -> Int? {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : text
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if negative { return -1 }
        return Int(digits.prefix(12)) ?? Int.max
    }
}
