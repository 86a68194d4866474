extension Document {
    /// Where a form field is: the form's number in document order (from 0, forms nested in
    /// lists and quotes included) and the field's index in that form's `fields`.
    public struct FieldAddress: Hashable, Sendable {
        public var form: Int
        public var field: Int

        public init(form: Int, field: Int) {
            self.form = form
            self.field = field
        }
    }

    /// What Tab and Shift-Tab move between on a page: a link or a visible form field.
    public enum Target: Hashable, Sendable {
        /// A link, by its index in `links` (its number minus one).
        case link(Int)
        case field(FieldAddress)
    }

    /// Whether the document has a link or a visible form field (`targets` is not empty),
    /// answered at the first one found: the page reader's hints ask at every frame.
    public var hasTargets: Bool { Self.hasTarget(blocks) }

    private static func hasTarget(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case .heading(_, let inlines), .paragraph(let inlines): hasLink(inlines)
            case .list(_, let items): items.contains(where: hasTarget)
            case .quote(let inner): hasTarget(inner)
            case .table(let rows): rows.contains { $0.contains(where: hasLink) }
            case .form(let form): form.fields.contains(where: \.isVisible)
            case .preformatted, .rule: false
            }
        }
    }

    private static func hasLink(_ inlines: [Inline]) -> Bool {
        inlines.contains { if case .link = $0 { true } else { false } }
    }

    /// Links and visible form fields in document order: the order a page's keyboard focus follows.
    public var targets: [Target] {
        var walk = TargetWalk()
        walk.blocks(blocks)
        return walk.targets
    }

    /// The forms in document order, nested ones included: form `n` of a `FieldAddress`.
    public var forms: [Form] {
        var forms: [Form] = []
        Self.collectForms(blocks, into: &forms)
        return forms
    }

    /// The field at an address, if the document has it.
    public func field(at address: FieldAddress) -> FormField? {
        guard forms.indices.contains(address.form) else { return nil }
        let fields = forms[address.form].fields
        return fields.indices.contains(address.field) ? fields[address.field] : nil
    }

    /// Changes form number `index` (in document order) in place; nothing when there is no such form.
    public mutating func updateForm(_ index: Int, _ change: (inout Form) -> Void) {
        var seen = 0
        Self.updateForm(in: &blocks, index: index, seen: &seen, change)
    }

    private static func collectForms(_ blocks: [Block], into forms: inout [Form]) {
        for block in blocks {
            switch block {
            case .form(let form): forms.append(form)
            case .list(_, let items): for item in items { collectForms(item, into: &forms) }
            case .quote(let inner): collectForms(inner, into: &forms)
            case .heading, .paragraph, .preformatted, .rule, .table: break
            }
        }
    }

    private static func updateForm(in blocks: inout [Block], index: Int, seen: inout Int, _ change: (inout Form) -> Void) {
        for position in blocks.indices {
            guard seen <= index else { return }
            switch blocks[position] {
            case .form(var form):
                if seen == index {
                    change(&form)
                    blocks[position] = .form(form)
                }
                seen += 1
            case .list(let ordered, var items):
                for item in items.indices { updateForm(in: &items[item], index: index, seen: &seen, change) }
                blocks[position] = .list(ordered: ordered, items: items)
            case .quote(var inner):
                updateForm(in: &inner, index: index, seen: &seen, change)
                blocks[position] = .quote(inner)
            case .heading, .paragraph, .preformatted, .rule, .table:
                break
            }
        }
    }
}

/// The walk behind `Document.targets`: the same order as `Document.links` for links, with
/// each form's visible fields where the form stands.
private struct TargetWalk {
    var targets: [Document.Target] = []
    private var links = 0
    private var forms = 0

    mutating func blocks(_ blocks: [Document.Block]) {
        for block in blocks {
            switch block {
            case .heading(_, let inlines), .paragraph(let inlines):
                self.inlines(inlines)
            case .list(_, let items):
                for item in items { self.blocks(item) }
            case .quote(let inner):
                self.blocks(inner)
            case .table(let rows):
                for row in rows { for cell in row { inlines(cell) } }
            case .form(let form):
                for (index, field) in form.fields.enumerated() where field.isVisible {
                    targets.append(.field(Document.FieldAddress(form: forms, field: index)))
                }
                forms += 1
            case .preformatted, .rule:
                break
            }
        }
    }

    private mutating func inlines(_ inlines: [Document.Inline]) {
        for inline in inlines {
            guard case .link(let content, _) = inline else { continue }
            targets.append(.link(links))
            links += 1
            self.inlines(content)
        }
    }
}
