import KioskCore
import Foundation
import TOMLKit
import Widgets

/// Reads a theme from a `themes/NAME.toml` file, checking every key.
///
/// ```toml
/// title = "Standard"
/// monochrome = false          # optional
/// [roles.selected]
/// fg = "black"                # default, a colour name, bright-NAME, or 0–255
/// bg = "cyan"
/// attributes = ["bold"]       # bold, underline, reverse, dim
/// mono = ["reverse"]          # attributes on terminals without colour
/// ```
public enum ThemeFile {
    public static func load(path: String) throws(FileError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileError(path: path, message: "not UTF-8 text")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name, path: path)
    }

    public static func parse(_ text: String, name: String, path: String) throws(FileError) -> Theme {
        let source = try TOMLSource(path: path, text: text)
        var title = name
        var monochrome = false
        var styles: [Role: Style] = [:]
        for (key, value) in source.table {
            switch key {
            case "title":
                guard let string = value.string, !string.isEmpty else { throw source.error(at: key, "title must be a non-empty string") }
                title = string
            case "monochrome":
                guard let bool = value.bool else { throw source.error(at: key, "monochrome must be true or false") }
                monochrome = bool
            case "roles":
                guard let roles = value.table else { throw source.error(at: key, "roles must be a table of [roles.NAME] sections") }
                for (roleName, roleValue) in roles {
                    guard let role = Role(rawValue: roleName) else {
                        throw source.error(at: "roles.\(roleName)",
                                           "unknown role '\(roleName)'; roles are: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    guard let table = roleValue.table else { throw source.error(at: "roles.\(roleName)", "role '\(roleName)' must be a table") }
                    styles[role] = try style(table, key: "roles.\(roleName)", source: source)
                }
            default:
                throw source.error(at: key, "unknown key '\(key)'; expected title, monochrome or [roles.NAME]")
            }
        }
        guard styles[.body] != nil else {
            throw FileError(path: path, message: "the theme must define [roles.body]")
        }
        return Theme(name: name, title: title, monochrome: monochrome, styles: styles)
    }

    private static func style(_ table: TOMLTable, key: String, source: TOMLSource) throws(FileError) -> Style {
        var style = Style()
        for (field, value) in table {
            let at = key + "." + field
            switch field {
            case "fg", "bg":
                guard let name = value.string, let color = ThemeColor(name: name) else {
                    throw source.error(at: at, "\(field) must be \"default\", a colour name (\(ThemeColor.names.joined(separator: ", "))), \"bright-NAME\" or a number 0-255")
                }
                if field == "fg" { style.foreground = color } else { style.background = color }
            case "attributes", "mono":
                let attributes = try attributeList(value, at: at, source: source)
                if field == "attributes" { style.attributes = attributes } else { style.monoAttributes = attributes }
            default:
                throw source.error(at: at, "unknown key '\(field)'; expected fg, bg, attributes or mono")
            }
        }
        return style
    }

    private static func attributeList(_ value: TOMLValueConvertible, at: String, source: TOMLSource) throws(FileError) -> Attributes {
        guard let array = value.array else { throw source.error(at: at, "must be a list such as [\"bold\", \"reverse\"]") }
        var attributes: Attributes = []
        for item in array {
            guard let name = item.string, let attribute = Attributes.names.first(where: { $0.0 == name })?.1 else {
                throw source.error(at: at, "unknown attribute; attributes are: \(Attributes.names.map(\.0).joined(separator: ", "))")
            }
            attributes.insert(attribute)
        }
        return attributes
    }
}
