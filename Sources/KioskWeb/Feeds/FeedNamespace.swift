/// Namespace URIs of the vocabularies feeds are read in; elements match on URI and local name.
enum FeedNamespace {
    /// RSS 0.9x and 2.0 elements have no namespace.
    static let none = ""
    static let atom = "http://www.w3.org/2005/Atom"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Prefixes feeds use without declaring them (`<dc:creator>` with no `xmlns:dc`): the XML
    /// parser reports those elements without a namespace, and they are read as meant.
    static let conventionalPrefixes: [String: String] = [
        "dc": dublinCore, "content": content, "atom": atom, "rdf": rdf, "xhtml": xhtml,
    ]
}
