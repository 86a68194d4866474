/// A lesson: a title and its text, converted from Markdown when the package was read.
public struct LessonContent: Equatable, Codable, Sendable {
    /// The file name without `.md`, unique within the course (`01-the-keyboard`).
    public var id: String
    /// The lesson's first heading, or its file name when it has none; plain text.
    public var title: String
    /// Links to another lesson of the course have the target `lesson:ID`.
    public var document: Document

    public init(id: String, title: String, document: Document) {
        self.id = id
        self.title = title
        self.document = document
    }

    /// The link target that opens lesson `id` of the same course.
    public static func linkTarget(_ id: String) -> String { "lesson:" + id }
}
