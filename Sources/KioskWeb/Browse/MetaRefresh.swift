/// A `<meta http-equiv="refresh" content="N; url=…">` instruction, parsed as browsers do.
///
/// `content` is a delay in seconds, then optionally `;` or `,`, then the target, with or
/// without `url=` and quotes. A refresh without a target reloads the page itself: the kiosk
/// never does that (it would only loop). The browser follows a refresh only when its delay is
/// at most `SiteBrowser.maximumRefreshDelay`: a longer one is a timer (a session that logs
/// out after ten minutes), not a redirect, and the page is shown as it is.
struct MetaRefresh: Equatable {
    /// Seconds the page asks to wait.
    var delay: Int
    /// The target as written (relative or absolute).
    var target: String

    init(delay: Int, target: String) {
        self.delay = delay
        self.target = target
    }

    /// Parses `content`; nil when it is not a refresh to another address.
    init?(content: String) {
        var rest = Substring(content).drop { Self.isSpace($0) }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty || rest.first == "." else { return nil }
        delay = Int(digits.prefix(9)) ?? 0
        rest = rest.dropFirst(digits.count).drop { ($0.isASCII && $0.isNumber) || $0 == "." }
        rest = rest.drop { Self.isSpace($0) }
        if rest.first == ";" || rest.first == "," { rest = rest.dropFirst() }
        rest = rest.drop { Self.isSpace($0) }
        if rest.prefix(3).lowercased() == "url" {
            let afterName = rest.dropFirst(3).drop { Self.isSpace($0) }
            if afterName.first == "=" { rest = afterName.dropFirst().drop { Self.isSpace($0) } }
        }
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            if let end = rest.firstIndex(of: quote) { rest = rest[..<end] }
        }
        let target = String(rest).trimmingHTMLSpaces()
        guard !target.isEmpty else { return nil }
        self.target = target
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" || character == "\u{0C}"
    }
}

private extension String {
    /// Without leading and trailing HTML spaces (space, tab, LF, CR, FF).
    func trimmingHTMLSpaces() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { " \t\n\r\u{0C}".unicodeScalars.contains($0) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
