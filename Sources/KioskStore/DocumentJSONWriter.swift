import KioskCore

/// Writes a `Document` as the JSON its `Codable` conformance reads, without an encoder.
///
/// The shapes are those `JSONEncoder` writes for `Document` (each enum case an object keyed by
/// its name, unlabelled values `_0`, `_1`; strings escaped as `JSONEncoder` escapes them), so
/// rows written either way are read by the same `JSONDecoder`. The keys come in one fixed
/// order, where `JSONEncoder` follows no stable one. A test decodes what this writes.
struct DocumentJSONWriter {
    private var bytes: [UInt8] = []

    /// The JSON text of `document`.
    static func json(_ document: Document) -> String {
        var writer = DocumentJSONWriter()
        writer.bytes.reserveCapacity(1_024)
        writer.document(document)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private mutating func document(_ document: Document) {
        raw("{\"title\":")
        string(document.title)
        raw(",\"blocks\":")
        blocks(document.blocks)
        raw("}")
    }

    private mutating func blocks(_ blocks: [Document.Block]) {
        raw("[")
        for (index, block) in blocks.enumerated() {
            if index > 0 { raw(",") }
            self.block(block)
        }
        raw("]")
    }

    private mutating func block(_ block: Document.Block) {
        switch block {
        case .heading(let level, let content):
            raw("{\"heading\":{\"level\":")
            raw(String(level))
            raw(",\"_1\":")
            inlines(content)
        case .paragraph(let content):
            raw("{\"paragraph\":{\"_0\":")
            inlines(content)
        case .list(let ordered, let items):
            raw("{\"list\":{\"ordered\":")
            raw(ordered ? "true" : "false")
            raw(",\"items\":[")
            for (index, item) in items.enumerated() {
                if index > 0 { raw(",") }
                blocks(item)
            }
            raw("]")
        case .quote(let content):
            raw("{\"quote\":{\"_0\":")
            blocks(content)
        case .preformatted(let text):
            raw("{\"preformatted\":{\"_0\":")
            string(text)
        case .rule:
            raw("{\"rule\":{")
        case .table(let rows):
            raw("{\"table\":{\"rows\":[")
            for (rowIndex, row) in rows.enumerated() {
                if rowIndex > 0 { raw(",") }
                raw("[")
                for (cellIndex, cell) in row.enumerated() {
                    if cellIndex > 0 { raw(",") }
                    inlines(cell)
                }
                raw("]")
            }
            raw("]")
        case .form(let content):
            raw("{\"form\":{\"_0\":")
            form(content)
        }
        raw("}}")
    }

    private mutating func inlines(_ inlines: [Document.Inline]) {
        raw("[")
        for (index, inline) in inlines.enumerated() {
            if index > 0 { raw(",") }
            switch inline {
            case .text(let text, let style):
                raw("{\"text\":{\"_0\":")
                string(text)
                raw(",\"_1\":")
                raw(String(style.rawValue))
            case .link(let content, let target):
                raw("{\"link\":{\"_0\":")
                self.inlines(content)
                raw(",\"target\":")
                string(target)
            case .lineBreak:
                raw("{\"lineBreak\":{")
            case .image(let alt):
                raw("{\"image\":{\"alt\":")
                string(alt)
            }
            raw("}}")
        }
        raw("]")
    }

    private mutating func form(_ form: Document.Form) {
        raw("{\"method\":")
        string(form.method.rawValue)
        raw(",\"action\":")
        string(form.action)
        raw(",\"fields\":[")
        for (index, field) in form.fields.enumerated() {
            if index > 0 { raw(",") }
            raw("{\"kind\":")
            string(field.kind.rawValue)
            raw(",\"name\":")
            string(field.name)
            raw(",\"value\":")
            string(field.value)
            raw(",\"label\":")
            string(field.label)
            raw(",\"isChecked\":")
            raw(field.isChecked ? "true" : "false")
            raw(",\"options\":[")
            for (optionIndex, option) in field.options.enumerated() {
                if optionIndex > 0 { raw(",") }
                raw("{\"value\":")
                string(option.value)
                raw(",\"label\":")
                string(option.label)
                raw("}")
            }
            raw("]}")
        }
        raw("]}")
    }

    // MARK: - Text

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: quote, backslash and slash escaped, controls as `\n`-style or `\u00xx` escapes.
    private mutating func string(_ text: String) {
        bytes.append(0x22)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x2F: bytes.append(contentsOf: [0x5C, byte])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
