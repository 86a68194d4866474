import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KioskCore

/// Builds a `FeedXMLElement` tree with libxml2 (through XMLParser), namespaces resolved.
///
/// Namespaces are processed by the parser for elements; attribute prefixes are resolved here
/// from the prefix mappings the parser reports, so `rdf:about` matches under any prefix.
/// External entities are never loaded, and the first error (not warning) stops the parse
/// with its line and column. Depth and element count are capped.
final class FeedXMLTreeBuilder: NSObject, XMLParserDelegate {
    static let maximumDepth = 128
    static let maximumElements = 200_000

    private var stack: [FeedXMLElement] = []
    private var scopes: [[String: String]] = [["xml": FeedNamespace.xml]]
    private var pendingMappings: [String: String] = [:]
    private var elementCount = 0
    private var root: FeedXMLElement?
    /// Character data read since the last tag, added to the open element at the next tag: the
    /// parser reports text in many pieces (one per entity reference), and joining them here keeps
    /// that linear.
    private var pendingText = ""
    private var failure: FeedParseError?
    private let documentBase: StrictURL?

    private init(documentBase: StrictURL?) {
        self.documentBase = documentBase
    }

    /// Parses UTF-8 bytes into a tree whose base is `documentBase` (the feed's URL).
    static func tree(_ bytes: [UInt8], documentBase: StrictURL?) throws(FeedParseError) -> FeedXMLElement {
        let builder = FeedXMLTreeBuilder(documentBase: documentBase)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = builder
        let finished = parser.parse()
        builder.flushText()
        if let failure = builder.failure { throw failure }
        if !finished, let code = (parser.parserError as NSError?)?.code, !XMLErrorText.isTolerated(code) {
            throw .malformed(line: parser.lineNumber, column: parser.columnNumber, reason: XMLErrorText.reason(code))
        }
        guard let root = builder.root else {
            throw .malformed(line: parser.lineNumber, column: parser.columnNumber, reason: "there is no root element")
        }
        return root
    }

    // MARK: - XMLParserDelegate

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        pendingMappings[prefix] = namespaceURI
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String]
    ) {
        flushText()
        guard failure == nil else { return }
        elementCount += 1
        guard stack.count < Self.maximumDepth, elementCount <= Self.maximumElements else {
            return stop(parser, .tooComplex(limit: stack.count >= Self.maximumDepth ? Self.maximumDepth : Self.maximumElements))
        }
        var scope = scopes.last ?? [:]
        scope.merge(pendingMappings) { _, new in new }
        pendingMappings = [:]
        scopes.append(scope)

        var attributes: [FeedXMLElement.Name: String] = [:]
        for (qualified, value) in attributeDict {
            let parts = qualified.split(separator: ":", maxSplits: 1).map(String.init)
            let key = parts.count == 2
                ? FeedXMLElement.Name(namespace: scope[parts[0]] ?? FeedNamespace.conventionalPrefixes[parts[0]] ?? parts[0], name: parts[1])
                : FeedXMLElement.Name(namespace: FeedNamespace.none, name: qualified)
            attributes[key] = value
        }
        let parent = stack.last
        let inheritedBase = parent?.base ?? documentBase
        let base = attributes[FeedXMLElement.Name(namespace: FeedNamespace.xml, name: "base")]
            .flatMap { Self.resolvedBase($0, against: inheritedBase) } ?? inheritedBase
        let language = attributes[FeedXMLElement.Name(namespace: FeedNamespace.xml, name: "lang")] ?? parent?.language
        let element = FeedXMLElement(
            namespace: Self.namespace(namespaceURI, qualifiedName: qName), name: elementName,
            attributes: attributes, base: base, language: language)
        if let parent { parent.append(element) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        flushText()
        guard failure == nil else { return }
        stack.removeLast()
        scopes.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        pendingText += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        pendingText += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        guard failure == nil, !XMLErrorText.isTolerated(code) else { return }
        stop(parser, .malformed(line: parser.lineNumber, column: parser.columnNumber, reason: XMLErrorText.reason(code)))
    }

    // MARK: - Helpers

    /// Gives the text read since the last tag to the open element (none outside the root).
    private func flushText() {
        guard !pendingText.isEmpty else { return }
        stack.last?.append(text: pendingText)
        pendingText = ""
    }

    private func stop(_ parser: XMLParser, _ error: FeedParseError) {
        failure = error
        parser.abortParsing()
    }

    /// The element's namespace; an undeclared conventional prefix (`dc:`) gets its usual URI.
    private static func namespace(_ uri: String?, qualifiedName: String?) -> String {
        if let uri, !uri.isEmpty { return uri }
        guard let qualifiedName, let colon = qualifiedName.firstIndex(of: ":") else { return FeedNamespace.none }
        return FeedNamespace.conventionalPrefixes[String(qualifiedName[..<colon])] ?? FeedNamespace.none
    }

    /// An `xml:base` resolved against the base in effect; an unusable one is ignored.
    private static func resolvedBase(_ reference: String, against base: StrictURL?) -> StrictURL? {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let base, case .success(let url) = StrictURL.resolve(trimmed, against: base) { return url }
        if case .success(let url) = StrictURL.parse(trimmed) { return url }
        return nil
    }
}
