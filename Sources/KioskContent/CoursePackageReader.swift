import Foundation
import KioskCore

/// Reads course content packages: one folder per course, holding `course.toml` and the
/// lesson (`.md`) and quiz (`.toml`) files it lists, in order, under `steps`.
///
/// The folder's name is the course id. The folder holds exactly `course.toml` and the listed
/// steps: a listed file that is missing, and a file that is not listed (a forgotten lesson,
/// a stray copy), are errors, so a package imports whole or not at all; hidden files (`.…`)
/// are ignored. Everything read is checked (see `ContentLimits`) and cleaned as it enters;
/// the first problem found is thrown as a `ContentError` with its file and line.
/// `content/courses/README.md` describes the format for authors.
public struct CoursePackageReader: Sendable {
    /// The file that describes a course.
    public static let manifestName = "course.toml"

    public var limits: ContentLimits

    public init(limits: ContentLimits = ContentLimits()) {
        self.limits = limits
    }

    /// Reads the course in `directory` with the default limits.
    public static func read(directory: String) throws(ContentError) -> CourseContent {
        try CoursePackageReader().read(directory: directory)
    }

    /// Reads every course folder of `root` with the default limits.
    public static func readAll(root: String) throws(ContentError) -> [CourseContent] {
        try CoursePackageReader().readAll(root: root)
    }

    /// Reads the course in `directory`.
    public func read(directory: String) throws(ContentError) -> CourseContent {
        let id = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        guard ContentID.isValid(id) else {
            throw ContentError(path: directory, message: "the folder name `\(ContentText.line().clean(id))` is not a course id: "
                               + ContentID.rule)
        }
        switch ContentFile.kind(of: directory) {
        case .directory?: break
        case .symbolicLink?: throw ContentError(path: directory, message: "a symbolic link; a course is a plain folder")
        default: throw ContentError(path: directory, message: "not a folder")
        }
        let entries = try ContentFile.entries(of: directory, limit: limits.maxFolderEntries)
        let manifestPath = Self.path(directory, Self.manifestName)
        guard entries.contains(Self.manifestName) else {
            throw ContentError(path: manifestPath, message: "the course has no \(Self.manifestName)")
        }
        let manifestText = try ContentFile.text(
            ContentFile.read(manifestPath, maxBytes: limits.maxManifestBytes, what: Self.manifestName), path: manifestPath)
        let manifest = try CourseManifest.read(path: manifestPath, text: manifestText, limits: limits)
        try checkFolder(directory, entries: entries, manifest: manifest, manifestPath: manifestPath)
        let lessons = Set(manifest.steps.filter { $0.kind == .lesson }.map(\.id))
        var steps: [CourseStep] = []
        for step in manifest.steps {
            steps.append(try read(step, in: directory, lessons: lessons))
        }
        return CourseContent(id: id, title: manifest.title, summary: manifest.summary, language: manifest.language,
                             category: manifest.category, level: manifest.level, minutes: manifest.minutes,
                             passMark: manifest.passMark, steps: steps)
    }

    /// Reads every course folder of `root`, by id. Files beside the folders (a README) are
    /// ignored; a symbolic link is refused.
    public func readAll(root: String) throws(ContentError) -> [CourseContent] {
        var courses: [CourseContent] = []
        for name in try ContentFile.entries(of: root, limit: limits.maxFolderEntries) where !name.hasPrefix(".") {
            let path = Self.path(root, name)
            switch ContentFile.kind(of: path) {
            case .directory?:
                guard courses.count < limits.maxCourses else {
                    throw ContentError(path: root, message: "more than \(limits.maxCourses) courses")
                }
                courses.append(try read(directory: path))
            case .symbolicLink?:
                throw ContentError(path: path, message: "a symbolic link; a course is a plain folder")
            default:
                continue
            }
        }
        return courses
    }

    /// Every listed step is in the folder, and every file of the folder is listed.
    private func checkFolder(_ directory: String, entries: [String], manifest: CourseManifest,
                             manifestPath: String) throws(ContentError) {
        let present = Set(entries)
        for step in manifest.steps where !present.contains(step.name) {
            throw ContentError(path: manifestPath, line: step.line, message: "`\(step.name)` is listed but not in the folder")
        }
        let listed = Set(manifest.steps.map(\.name))
        for name in entries where !name.hasPrefix(".") && name != Self.manifestName && !listed.contains(name) {
            let shown = ContentText.line().clean(name)
            throw ContentError(path: Self.path(directory, shown),
                               message: "not listed in the steps of \(Self.manifestName); list it or remove it")
        }
    }

    private func read(_ step: StepFile, in directory: String, lessons: Set<String>) throws(ContentError) -> CourseStep {
        let path = Self.path(directory, step.name)
        switch step.kind {
        case .lesson:
            let text = try ContentFile.text(ContentFile.read(path, maxBytes: limits.maxLessonBytes, what: "lesson"), path: path)
            return .lesson(try LessonFileReader.read(id: step.id, path: path, text: text, lessons: lessons))
        case .quiz:
            let text = try ContentFile.text(ContentFile.read(path, maxBytes: limits.maxQuizBytes, what: "quiz"), path: path)
            return .quiz(try QuizFileReader.read(id: step.id, path: path, text: text, limits: limits))
        }
    }

    private static func path(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
