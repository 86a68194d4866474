/// A lesson's document as the reader shows it.
///
/// A link to another lesson of the same course stays a link (numbered, Tab selects it). Any
/// other link cannot be followed from a lesson: an address on the web becomes its text and the
/// address in brackets, so it can be noted; a link to a missing lesson, or to the lesson
/// itself, becomes its text. Forms are left out: a lesson sends nothing.
enum LessonDocument {
    static func readable(_ document: Document, lesson: String, course: CourseContent) -> Document {
        let others = Set(course.lessons.map(\.id)).subtracting([lesson])
        return Document(title: document.title, blocks: document.blocks.compactMap { block(of: $0, others) })
    }

    /// The lesson a `lesson:ID` target leads to; nil for any other target.
    static func lessonID(_ target: String) -> String? {
        let prefix = LessonContent.linkTarget("")
        guard target.hasPrefix(prefix) else { return nil }
        let id = String(target.dropFirst(prefix.count))
        return id.isEmpty ? nil : id
    }

    private static func block(of block: Document.Block, _ lessons: Set<String>) -> Document.Block? {
        switch block {
        case .heading(let level, let inlines): .heading(level: level, runs(inlines, lessons))
        case .paragraph(let inlines): .paragraph(runs(inlines, lessons))
        case .list(let ordered, let items): .list(ordered: ordered, items: items.map { $0.compactMap { self.block(of: $0, lessons) } })
        case .quote(let blocks): .quote(blocks.compactMap { self.block(of: $0, lessons) })
        case .table(let rows): .table(rows: rows.map { $0.map { runs($0, lessons) } })
        case .preformatted, .rule: block
        case .form: nil
        }
    }

    private static func runs(_ inlines: [Document.Inline], _ lessons: Set<String>) -> [Document.Inline] {
        inlines.flatMap { inline -> [Document.Inline] in
            guard case .link(let content, let target) = inline else { return [inline] }
            // A link inside a link is never followed: only the outer one is kept.
            let text = content.flatMap(unlinked)
            if let id = lessonID(target), lessons.contains(id) { return [.link(text, target: target)] }
            let lowered = target.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
                return text + [.text(" (" + target + ")", [.emphasis])]
            }
            return text
        }
    }

    private static func unlinked(_ inline: Document.Inline) -> [Document.Inline] {
        if case .link(let content, _) = inline { return content.flatMap(unlinked) }
        return [inline]
    }
}
