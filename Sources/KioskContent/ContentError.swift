import KioskCore

/// A problem in a course package: the file, where in it, and what is wrong, in plain words.
///
/// The same type as every other file a person writes (config, themes): `path:line:column:
/// message`. A syntax error has line and column; a wrong value has the line of its key; a
/// problem with a whole file (too large, not listed) or a key missing from the top of a file
/// has neither.
public typealias ContentError = FileError
