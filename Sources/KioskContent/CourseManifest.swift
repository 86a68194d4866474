import KioskCore

/// What `course.toml` says about a course: its description and the order of its steps.
///
/// ```toml
/// title = "Digital basics"
/// summary = "The keyboard, the mouse and safe passwords."
/// language = "en"          # fr, nl, de or en
/// category = "digital"     # digital, work, money, release, language or health
/// level = "beginner"       # beginner, intermediate or advanced
/// minutes = 45
/// pass-mark = 70           # percent; 70 when left out
/// steps = ["01-the-keyboard.md", "quiz-1.toml"]
/// ```
struct CourseManifest: Equatable {
    var title: String
    var summary: String
    var language: Language
    var category: CourseCategory
    var level: CourseLevel
    var minutes: Int
    var passMark: Int
    var steps: [StepFile]

    static let keys = ["title", "summary", "language", "category", "level", "minutes", "pass-mark", "steps"]
    static let defaultPassMark = 70
    static let maxMinutes = 10_000

    static func read(path: String, text: String, limits: ContentLimits) throws(ContentError) -> CourseManifest {
        let source = try ContentTOMLSource(path: path, text: text)
        let fields = TOMLFields(source: source, table: source.table, prefix: "")
        try fields.refuseUnknownKeys(keys)
        let title = try ContentText.line().field(fields.string("title"), key: "title", in: fields)
        let summary = try ContentText.lines().field(fields.string("summary"), key: "summary", in: fields)
        let language: Language = try choice("language", in: fields)
        let category: CourseCategory = try choice("category", in: fields)
        let level: CourseLevel = try choice("level", in: fields)
        let minutes = try fields.int("minutes")
        guard (1...maxMinutes).contains(minutes) else {
            throw fields.error("minutes", "`minutes` must be between 1 and \(maxMinutes), not \(minutes)")
        }
        var passMark = defaultPassMark
        if fields.has("pass-mark") {
            passMark = try fields.int("pass-mark")
            guard (1...100).contains(passMark) else {
                throw fields.error("pass-mark", "`pass-mark` is a percentage between 1 and 100, not \(passMark)")
            }
        }
        let steps = try readSteps(fields, limits: limits)
        return CourseManifest(title: title, summary: summary, language: language, category: category, level: level,
                              minutes: minutes, passMark: passMark, steps: steps)
    }

    /// A value that must be one of an enumeration's raw values.
    private static func choice<Value: RawRepresentable & CaseIterable>(_ key: String, in fields: TOMLFields)
        throws(ContentError) -> Value where Value.RawValue == String {
        let written = try fields.string(key)
        guard let value = Value(rawValue: written) else {
            let known = Value.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            throw fields.error(key, "unknown \(key) `\(ContentText.line().clean(written))`; write one of \(known)")
        }
        return value
    }

    private static func readSteps(_ fields: TOMLFields, limits: ContentLimits) throws(ContentError) -> [StepFile] {
        let names = try fields.strings("steps")
        guard !names.isEmpty else { throw fields.error("steps", "`steps` is empty; list the lessons and quizzes in order") }
        guard names.count <= limits.maxSteps else {
            throw fields.error("steps", "\(names.count) steps; a course has at most \(limits.maxSteps)")
        }
        let lines = fields.source.lines(ofItems: names, after: "steps")
        var steps: [StepFile] = []
        for (name, line) in zip(names, lines) {
            let place = line ?? fields.source.line(of: "steps")
            guard let step = StepFile(name: name, line: place) else {
                throw ContentError(path: fields.source.path, line: place, message: "`\(ContentText.line().clean(name))` is not "
                                   + "a step name: a lesson is ID.md and a quiz ID.toml, the ID made of " + ContentID.rule)
            }
            if steps.contains(where: { $0.name == step.name }) {
                throw ContentError(path: fields.source.path, line: place, message: "`\(name)` is listed twice")
            }
            if let other = steps.first(where: { $0.id == step.id }) {
                throw ContentError(path: fields.source.path, line: place,
                                   message: "`\(name)` and `\(other.name)` would both be step `\(step.id)`; rename one")
            }
            steps.append(step)
        }
        return steps
    }
}
