import Glibc

/// An element as the converter sees it: what kind of element it is and the attributes it reads.
struct HTMLElement: Equatable {
    struct Attribute: Equatable {
        let name: String
        let value: String
    }

    /// What the converter does with it; `other` for elements gumbo does not know.
    var kind: HTMLTagKind
    /// False for SVG and MathML elements.
    var isHTML = true
    /// The attributes read, each once (the first of a name counts), in the page's order.
    var attributes: [Attribute] = []

    init(kind: HTMLTagKind, isHTML: Bool = true, attributes: [Attribute] = []) {
        self.kind = kind
        self.isHTML = isHTML
        self.attributes = attributes
    }

    /// An element by its lower-case tag name, as gumbo names it.
    init(name: String, isHTML: Bool = true, attributes: [String: String] = [:]) {
        self.init(kind: HTMLTagKind.of(name: name), isHTML: isHTML,
                  attributes: attributes.sorted { $0.key < $1.key }.map { Attribute(name: $0.key, value: $0.value) })
    }

    subscript(attribute: String) -> String? {
        for candidate in attributes where candidate.name == attribute { return candidate.value }
        return nil
    }

    /// Attributes the converter reads; others are never copied out of gumbo.
    static let readAttributes: [String] = [
        "href", "alt", "title", "type", "name", "value", "checked", "selected", "method", "action", "for", "id",
        "placeholder", "aria-label", "aria-hidden", "hidden", "style", "http-equiv", "content",
    ]
    private static let readAttributeBytes = readAttributes.map { (name: $0, bytes: Array($0.utf8)) }

    /// The name of an attribute the converter reads, matched on gumbo's bytes (no string is
    /// made for the others); nil for any other attribute.
    static func readAttribute(named pointer: UnsafePointer<CChar>) -> String? {
        let length = strlen(pointer)
        for entry in readAttributeBytes where entry.bytes.count == length {
            if memcmp(entry.bytes, pointer, length) == 0 { return entry.name }
        }
        return nil
    }
}
