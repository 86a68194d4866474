/// The caps a course package must keep within, so a hostile package costs bounded time and
/// memory to read. Each cap broken is an error naming the file, never a silent cut.
public struct ContentLimits: Equatable, Sendable {
    /// Largest lesson file, in bytes.
    public var maxLessonBytes = 1024 * 1024
    /// Largest quiz file, in bytes.
    public var maxQuizBytes = 256 * 1024
    /// Largest `course.toml`, in bytes.
    public var maxManifestBytes = 64 * 1024
    /// Most steps (lessons and quizzes) in a course.
    public var maxSteps = 200
    /// Most questions in a quiz.
    public var maxQuestions = 100
    /// Most choices of a question.
    public var maxChoices = 20
    /// Most accepted answers of a short question.
    public var maxAccepted = 50
    /// Most courses read from one folder.
    public var maxCourses = 1000
    /// Most entries looked at in one folder (files and folders, hidden ones included).
    public var maxFolderEntries = 2000

    public init() {}
}
