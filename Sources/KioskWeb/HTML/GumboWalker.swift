import CGumbo

/// An element as the converter sees it: its lower-case name and the attributes it reads.
struct HTMLElement: Equatable {
    /// Lower-case tag name; empty for elements gumbo does not know.
    var name: String
    /// False for SVG and MathML elements.
    var isHTML = true
    var attributes: [String: String] = [:]

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Attributes the converter reads; others are never copied out of gumbo.
    static let readAttributes: Set<String> = [
        "href", "alt", "title", "type", "name", "value", "checked", "selected", "method", "action", "for", "id",
        "placeholder", "aria-label", "aria-hidden", "hidden", "style", "http-equiv", "content",
    ]
}

/// Walks a gumbo tree depth first without recursion, so no page can overflow the stack.
enum GumboWalker {
    /// Sends every element (`open`, and `close` after its children unless `open` refused them)
    /// and every text node, in document order, to the builder.
    static func walk(_ root: UnsafeMutablePointer<GumboNode>, into builder: inout HTMLDocumentBuilder) {
        var stack: [(node: UnsafeMutablePointer<GumboNode>, next: Int)] = []
        if visit(root, builder: &builder) { stack.append((root, 0)) }
        while let top = stack.last {
            let children = top.node.pointee.v.element.children
            guard top.next < Int(children.length) else {
                stack.removeLast()
                builder.close()
                continue
            }
            stack[stack.count - 1].next += 1
            guard let raw = children.data?[top.next] else { continue }
            let child = raw.assumingMemoryBound(to: GumboNode.self)
            if visit(child, builder: &builder) { stack.append((child, 0)) }
        }
    }

    /// Hands one node to the builder; true when it is an element whose children must be walked.
    private static func visit(_ node: UnsafeMutablePointer<GumboNode>, builder: inout HTMLDocumentBuilder) -> Bool {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT:
            return builder.open(element(node.pointee.v.element))
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            if let text = node.pointee.v.text.text { builder.text(String(cString: text)) }
            return false
        default:
            return false
        }
    }

    private static func element(_ element: GumboElement) -> HTMLElement {
        var result = HTMLElement(name: "", isHTML: element.tag_namespace == GUMBO_NAMESPACE_HTML)
        if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
            result.name = String(cString: name)
        }
        let attributes = element.attributes
        for index in 0..<Int(attributes.length) {
            guard let raw = attributes.data?[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            guard let namePointer = attribute.name, let valuePointer = attribute.value else { continue }
            let name = String(cString: namePointer)
            if HTMLElement.readAttributes.contains(name), result.attributes[name] == nil {
                result.attributes[name] = String(cString: valuePointer)
            }
        }
        return result
    }
}
