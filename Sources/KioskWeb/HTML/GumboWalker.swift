import CGumbo

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
        var result = HTMLElement(kind: HTMLTagKind.of(element.tag), isHTML: element.tag_namespace == GUMBO_NAMESPACE_HTML)
        let attributes = element.attributes
        for index in 0..<Int(attributes.length) {
            guard let raw = attributes.data?[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            guard let namePointer = attribute.name, let valuePointer = attribute.value,
                  let name = HTMLElement.readAttribute(named: namePointer), result[name] == nil else { continue }
            result.attributes.append(HTMLElement.Attribute(name: name, value: String(cString: valuePointer)))
        }
        return result
    }
}
