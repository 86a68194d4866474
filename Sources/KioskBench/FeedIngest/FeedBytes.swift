import Foundation

/// Generated feed files: RSS 2.0 or Atom, each item with a title, link, id, date, and an HTML
/// body of about 150 words with links, entities, lists and some hostile bytes for the sanitiser
/// (a terminal escape, a bidi override, a C1 control).
enum FeedBytes {
    enum Format { case rss, atom }

    static func make(_ format: Format, items: Int, source: Int, text: inout BenchText, newest: Date) -> Data {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format == .rss ? "EEE, dd MMM yyyy HH:mm:ss Z" : "yyyy-MM-dd'T'HH:mm:ssXXXXX"
        var xml = format == .rss
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench \(source)</title>"
                + "<link>https://press.example/\(source)/</link><description>Generated</description>\n"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Bench \(source)</title>"
                + "<id>urn:bench:\(source)</id><updated>\(formatter.string(from: newest))</updated>\n"
        for index in 0..<items {
            let date = formatter.string(from: newest.addingTimeInterval(-Double(index) * 600))
            let link = "https://press.example/\(source)/\(index).html"
            let body = escaped(html(&text, index: index))
            let title = escaped(text.sentence(words: 8) + " &amp; co")
            switch format {
            case .rss:
                xml += "<item><title>\(title)</title><link>\(link)</link><guid>\(link)</guid><pubDate>\(date)</pubDate>"
                    + "<description>\(body)</description></item>\n"
            case .atom:
                xml += "<entry><title>\(title)</title><link href=\"\(link)\"/><id>\(link)</id><updated>\(date)</updated>"
                    + "<content type=\"html\">\(body)</content></entry>\n"
            }
        }
        xml += format == .rss ? "</channel></rss>\n" : "</feed>\n"
        return Data(xml.utf8)
    }

    /// The item's body as HTML (escaped again for the XML around it).
    private static func html(_ text: inout BenchText, index: Int) -> String {
        var html = "<p>\(text.paragraph(words: 60)) <a href=\"/more/\(index)\">Lire la suite</a></p>"
        html += "<ul><li>\(text.sentence(words: 10))</li><li>\(text.sentence(words: 10))</li></ul>"
        html += "<p>\(text.paragraph(words: 70)) &eacute;t&eacute; &#8364; 20</p>"
        if index % 10 == 0 { html += "<p>\u{1B}[2J\u{202E}reversed\u{202C} \u{85}next</p>" }
        return html
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
