import KioskCore

/// One element of a parsed feed document, with what it inherits (`xml:base`, `xml:lang`).
final class FeedXMLElement {
    /// A child: an element, or a run of character data (text and CDATA merged).
    enum Node {
        case element(FeedXMLElement)
        case text(String)
    }

    /// A namespace URI and a local name: how elements and attributes are matched, whatever the prefix.
    struct Name: Hashable {
        let namespace: String
        let name: String
    }

    let namespace: String
    let name: String
    /// Keyed by namespace URI (empty for unprefixed attributes) and local name.
    let attributes: [Name: String]
    /// The base for relative references inside this element.
    let base: StrictURL?
    /// The `xml:lang` in effect.
    let language: String?
    private(set) var nodes: [Node] = []

    init(namespace: String, name: String, attributes: [Name: String], base: StrictURL?, language: String?) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.base = base
        self.language = language
    }

    func append(_ element: FeedXMLElement) {
        nodes.append(.element(element))
    }

    /// Adds character data, merged with the text just before it.
    func append(text: String) {
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
    }

    // MARK: - Queries

    var childElements: [FeedXMLElement] {
        nodes.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    func first(_ namespace: String, _ name: String) -> FeedXMLElement? {
        childElements.first { $0.namespace == namespace && $0.name == name }
    }

    func all(_ namespace: String, _ name: String) -> [FeedXMLElement] {
        childElements.filter { $0.namespace == namespace && $0.name == name }
    }

    func attribute(_ name: String, namespace: String = FeedNamespace.none) -> String? {
        attributes[Name(namespace: namespace, name: name)]
    }

    /// All character data inside, descendants included.
    var text: String {
        var result = ""
        collectText(into: &result)
        return result
    }

    private func collectText(into result: inout String) {
        for node in nodes {
            switch node {
            case .text(let text): result += text
            case .element(let element): element.collectText(into: &result)
            }
        }
    }

    /// The children written back as markup (for Atom `type="xhtml"`), prefixes dropped.
    var innerXML: String {
        var result = ""
        for node in nodes {
            switch node {
            case .text(let text): result += Self.escaped(text, quotes: false)
            case .element(let element): element.writeXML(into: &result)
            }
        }
        return result
    }

    private func writeXML(into result: inout String) {
        result += "<" + name
        for (key, value) in attributes.sorted(by: { $0.key.name < $1.key.name }) where key.namespace.isEmpty {
            result += " \(key.name)=\"\(Self.escaped(value, quotes: true))\""
        }
        result += ">" + innerXML + "</" + name + ">"
    }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
