/// A colour as a theme names it.
public enum ThemeColor: Equatable, Sendable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0–7 basic, 8–15 bright).
    case indexed(UInt8)

    /// The basic colour names, in index order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, a basic name, `bright-NAME`, or a number 0–255.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if lowered.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .indexed(UInt8(index + 8))
        } else if let number = Int(lowered), (0...255).contains(number) {
            self = .indexed(UInt8(number))
        } else {
            return nil
        }
    }
}

/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Equatable, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)

    public static let names: [(String, Attributes)] = [("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim)]
}

/// How one role looks: colours for colour terminals, attributes for every terminal.
public struct Style: Equatable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    /// Attributes drawn on colour terminals.
    public var attributes: Attributes
    /// Attributes drawn when the terminal has no colour (`TERM=vt100`, `dumb`, or the mono theme).
    public var monoAttributes: Attributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: Attributes = [], monoAttributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monoAttributes = monoAttributes
    }
}
