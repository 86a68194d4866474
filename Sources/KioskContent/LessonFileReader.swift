import KioskCore
import KioskWeb

/// Reads a lesson file: Markdown, converted once into the `Document` learners read.
///
/// The title is the first `#` heading, or the file's id when there is none. A link to
/// another lesson file (`[budget](02-budget.md)`) must name a lesson of the same course:
/// a link to a missing one is an error at the line where it is written.
enum LessonFileReader {
    /// Lesson `id` from the text of its file at `path`; `lessons` are the ids of the course's lessons.
    static func read(id: String, path: String, text: String, lessons: Set<String>) throws(ContentError) -> LessonContent {
        var document = MarkdownDocumentConverter.convert(markdown: text)
        guard !document.blocks.isEmpty else { throw ContentError(path: path, message: "the lesson is empty") }
        let prefix = LessonContent.linkTarget("")
        for target in document.links where target.hasPrefix(prefix) {
            let linked = String(target.dropFirst(prefix.count))
            guard lessons.contains(linked) else {
                throw ContentError(path: path, line: line(of: linked + ".md", in: text),
                                   message: "the link to `\(linked).md` names no lesson of this course")
            }
        }
        if document.title.isEmpty { document.title = id }
        return LessonContent(id: id, title: document.title, document: document)
    }

    /// The line where `name` first appears in the text, if it does.
    static func line(of name: String, in text: String) -> Int? {
        guard let range = text.range(of: name) else { return nil }
        return text.utf8[..<range.lowerBound].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
