/// The kind of body a page is, read from its `Content-Type` (or, without one, from its first bytes).
///
/// Only HTML and plain text are shown. A missing `Content-Type` is read as HTML when the body
/// starts like an HTML document (`<!DOCTYPE html`, `<html`, `<head`, `<body`, after blanks and
/// a byte-order mark): old sites still serve pages that way. Anything else without a type is
/// refused rather than guessed at, so a PDF, an archive or an image is never shown as text.
enum PageContentType: Equatable {
    case html(charset: String?)
    case plainText(charset: String?)
    /// What the server said (the media type alone, lower-cased), or `(none)`.
    case unsupported(String)

    /// Shown in the failure when the server sent no `Content-Type` and the body is not HTML.
    static let missing = "(none)"

    /// Media types shown as HTML.
    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// Reads the header, or sniffs `body` when there is none.
    init(header: String?, body: some Collection<UInt8>) {
        guard let header, !header.allSatisfy({ $0 == " " || $0 == "\t" }) else {
            self = Self.looksLikeHTML(body) ? .html(charset: nil) : .unsupported(Self.missing)
            return
        }
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let mediaType = parts[0].trimmingBlanks().lowercased()
        let charset = parts.dropFirst().lazy.compactMap(Self.charsetParameter).first
        if Self.htmlTypes.contains(mediaType) {
            self = .html(charset: charset)
        } else if mediaType == "text/plain" {
            self = .plainText(charset: charset)
        } else {
            self = .unsupported(mediaType.isEmpty ? Self.missing : String(mediaType.prefix(100)))
        }
    }

    /// `charset=…` of one parameter, unquoted and lower-cased; nil for other parameters.
    private static func charsetParameter(_ parameter: Substring) -> String? {
        guard let equals = parameter.firstIndex(of: "=") else { return nil }
        guard parameter[..<equals].trimmingBlanks().lowercased() == "charset" else { return nil }
        var value = parameter[parameter.index(after: equals)...].trimmingBlanks()
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
        return value.isEmpty ? nil : value.lowercased()
    }

    /// Whether the first bytes open an HTML document.
    static func looksLikeHTML(_ body: some Collection<UInt8>) -> Bool {
        var bytes = body.prefix(512)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let start = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) }.prefix(16)
        let lower = String(decoding: start.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return ["<!doctype html", "<html", "<head", "<body"].contains { lower.hasPrefix($0) }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isBlank($0) }) ?? first
        return self[first...last]
    }
}
