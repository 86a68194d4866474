import KioskCore

/// Turns an `href` or a form `action` into the target text a `Document` keeps.
///
/// A reference that resolves strictly against the page's URL becomes that URL's normalised
/// text, which the browser will check against the URL policy when it is followed. One that
/// does not resolve (a `mailto:`, an IP address, no base URL) keeps its cleaned text, so the
/// policy refuses it, with its reason, when someone follows it. Scripts and inline data
/// (`javascript:`, `data:`, `vbscript:`, `blob:`) are never targets.
enum HTMLLinkTarget {
    static let refusedSchemes: Set<String> = ["javascript", "data", "vbscript", "blob", "about", "file"]

    /// The target of a link, or nil when the text must stay plain (scripts, in-page anchors, empty).
    static func link(_ href: String, base: StrictURL?) -> String? {
        let reference = trimmed(href)
        guard !reference.isEmpty, !reference.hasPrefix("#") else { return nil }
        return target(reference, base: base)
    }

    /// The target of a form; an empty or missing action submits to the page itself.
    static func action(_ action: String?, base: StrictURL?) -> String {
        let reference = trimmed(action ?? "")
        guard !reference.isEmpty else { return base?.string ?? "" }
        return target(reference, base: base) ?? ""
    }

    private static func target(_ reference: String, base: StrictURL?) -> String? {
        if let scheme = scheme(of: reference), refusedSchemes.contains(scheme) { return nil }
        let resolved: Result<StrictURL, URLRefusal> = base.map { StrictURL.resolve(reference, against: $0) }
            ?? StrictURL.parse(reference)
        if case .success(let url) = resolved { return url.string }
        return TextSanitizer(maxLength: StrictURL.maximumLength).clean(reference)
    }

    /// As browsers do: leading and trailing spaces and controls stripped, tabs and newlines
    /// inside removed, inner spaces percent-encoded.
    private static func trimmed(_ text: String) -> String {
        // Nothing to strip, remove or encode: visible ASCII only, the common case.
        if text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) { return text }
        let isTrimmed: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        var result = ""
        for scalar in scalars[first...last] where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            if scalar == " " { result += "%20" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The lower-cased scheme of a reference, ignoring tabs and newlines inside it as browsers do.
    static func scheme(of reference: String) -> String? {
        var scheme = ""
        for scalar in reference.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "+" || scalar == "-" || scalar == "." else { return nil }
            scheme.unicodeScalars.append(scalar)
            guard scheme.count <= 32 else { return nil }
        }
        return nil
    }
}
