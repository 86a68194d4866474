/// The rule for course ids (folder names) and step ids (file names without extension).
///
/// Lower-case ASCII letters, digits and `-`, starting with a letter or digit, at most 64
/// characters: safe as a path component, in a URL-like link target (`lesson:ID`) and in a
/// database key, and the same in every file system. The Markdown converter applies the
/// same rule to the lesson files links may name.
enum ContentID {
    static let maxLength = 64

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", id.unicodeScalars.count <= maxLength else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What a person is told when a name breaks the rule.
    static let rule = "lower-case letters a-z, digits and -, starting with a letter or digit, at most 64 characters"
}

/// A step as `course.toml` lists it: a file name, and the line where it is listed.
struct StepFile: Equatable {
    enum Kind: Equatable {
        case lesson, quiz
    }

    /// The file name as written (`01-the-keyboard.md`).
    var name: String
    /// The name without its extension: the step's id.
    var id: String
    var kind: Kind
    /// The line of `course.toml` that lists it.
    var line: Int?

    /// A step from a listed name; nil when the name is not `ID.md` or `ID.toml` with a valid id.
    init?(name: String, line: Int?) {
        let kind: Kind
        let id: Substring
        if name.hasSuffix(".md") {
            kind = .lesson
            id = name.dropLast(3)
        } else if name.hasSuffix(".toml") {
            kind = .quiz
            id = name.dropLast(5)
        } else {
            return nil
        }
        guard ContentID.isValid(String(id)), name != CoursePackageReader.manifestName else { return nil }
        self.name = name
        self.id = String(id)
        self.kind = kind
        self.line = line
    }
}
