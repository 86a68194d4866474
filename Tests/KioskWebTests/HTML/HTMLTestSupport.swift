import KioskCore
@testable import KioskWeb
import XCTest

/// Shared helpers of the HTML conversion tests.
enum HTMLTest {
    /// The page most tests pretend to have fetched.
    static let base: StrictURL = url("https://jobs.example.org/offers/list.html?page=2")

    static func url(_ text: String) -> StrictURL {
        guard case .success(let url) = StrictURL.parse(text) else { preconditionFailure("test URL must parse: \(text)") }
        return url
    }

    static func convert(_ html: String, base: StrictURL? = HTMLTest.base) -> Document {
        HTMLDocumentConverter.convert(html: html, baseURL: base)
    }

    /// The forms of a document, in order, wherever they are.
    static func forms(_ document: Document) -> [Document.Form] {
        document.blocks.compactMap { if case .form(let form) = $0 { form } else { nil } }
    }

    /// Every text a reader could see or a field could carry, one string per piece.
    static func allText(_ document: Document) -> [String] {
        var texts = [document.title]
        func inlines(_ list: [Document.Inline]) {
            for inline in list {
                switch inline {
                case .text(let text, _): texts.append(text)
                case .link(let content, let target): texts.append(target); inlines(content)
                case .image(let alt): texts.append(alt)
                case .lineBreak: break
                }
            }
        }
        func blocks(_ list: [Document.Block]) {
            for block in list {
                switch block {
                case .heading(_, let content), .paragraph(let content): inlines(content)
                case .list(_, let items): items.forEach(blocks)
                case .quote(let content): blocks(content)
                case .preformatted(let text): texts.append(text)
                case .table(let rows): rows.forEach { $0.forEach(inlines) }
                case .form(let form):
                    texts.append(form.action)
                    for field in form.fields { texts += [field.name, field.value, field.label] + field.options.map(\.label) }
                case .rule: break
                }
            }
        }
        blocks(document.blocks)
        return texts
    }

    /// How deeply quotes and lists nest in blocks.
    static func nesting(_ blocks: [Document.Block]) -> Int {
        blocks.map { block in
            switch block {
            case .list(_, let items): 1 + (items.map(nesting).max() ?? 0)
            case .quote(let content): 1 + nesting(content)
            default: 0
            }
        }.max() ?? 0
    }
}
