/// A named set of styles, one per role.
public struct Theme: Equatable, Sendable {
    /// File name without extension (`default`, `high-contrast`, `mono`): what settings store.
    public var name: String
    /// Human title shown in settings.
    public var title: String
    /// When true the theme never uses colour, even on a colour terminal.
    public var monochrome: Bool
    public var styles: [Role: Style]

    public init(name: String, title: String, monochrome: Bool = false, styles: [Role: Style]) {
        self.name = name
        self.title = title
        self.monochrome = monochrome
        self.styles = styles
    }

    /// The style of a role; a role the theme leaves out looks like `body`.
    public func style(for role: Role) -> Style {
        styles[role] ?? styles[.body] ?? Style()
    }

    /// The theme used when no theme file can be read: plain attributes, no colour.
    public static let builtIn = Theme(name: "built-in", title: "Built-in", monochrome: true, styles: [
        .title: Style(attributes: .bold, monoAttributes: .bold),
        .header: Style(attributes: .reverse, monoAttributes: .reverse),
        .status: Style(attributes: .reverse, monoAttributes: .reverse),
        .key: Style(attributes: [.reverse, .bold], monoAttributes: [.reverse, .bold]),
        .selected: Style(attributes: .reverse, monoAttributes: .reverse),
        .error: Style(attributes: .bold, monoAttributes: .bold),
        .warning: Style(attributes: .bold, monoAttributes: .bold),
        .inputFocused: Style(attributes: .underline, monoAttributes: [.underline, .bold]),
        .input: Style(attributes: .underline, monoAttributes: .underline),
        .muted: Style(attributes: .dim, monoAttributes: .dim),
    ])
}
