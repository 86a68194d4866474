import KioskCore

/// What a link of a lesson may lead to: another lesson of the course, or a web address.
///
/// The HTML converter has already turned script and data links into plain text and kept
/// other references as cleaned text (there is no page URL to resolve them against). Here a
/// reference to a lesson file of the same folder (`02-budget.md`, `./02-budget.md#costs`)
/// becomes `lesson:02-budget`, an `http` or `https` address stays as it is (the URL policy
/// decides when it is followed), and anything else (`mailto:`, `/etc/passwd`, `../x.md`,
/// `lesson:x` written by hand) is no link at all.
enum MarkdownLinkTarget {
    /// Longest lesson id a link may name, as for the step names of a course package.
    static let maxIDLength = 64

    /// The target to keep, or nil when the link must become its text.
    static func target(_ reference: String) -> String? {
        let lowered = reference.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return reference }
        return lessonID(reference).map(LessonContent.linkTarget)
    }

    /// The lesson a reference names: a file `ID.md` beside the lesson, with an optional `./`
    /// before it and `#fragment` after it; the id is lower-case letters, digits and `-`,
    /// starting with a letter or digit.
    static func lessonID(_ reference: String) -> String? {
        var path = Substring(reference)
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        if path.hasPrefix("./") { path = path.dropFirst(2) }
        guard path.hasSuffix(".md") else { return nil }
        let id = path.dropLast(3)
        guard let first = id.unicodeScalars.first, first != "-", id.unicodeScalars.count <= maxIDLength,
              id.unicodeScalars.allSatisfy(isIDScalar) else { return nil }
        return String(id)
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}
