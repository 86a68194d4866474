/// The local page lynx shows: a press-style article of about two screens, generated here.
enum BenchPage {
    /// A word in the first screen of the page, drawn late.
    static let lastWord = "workshop"

    static var html: String {
        let paragraph = "Every course you finish in a workshop ends with a certificate or an attestation. "
            + "It belongs to you, and employers and training centres outside will ask for it. "
        let body = (1...12).map { "<p>\($0). " + paragraph + "</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Keep your certificates</title></head>
            <body><h1>Keep a copy of every training certificate</h1>
            \(body)
            <p>Ask the education service for a copy: the <a href="#top">workshop</a> keeps one too.</p>
            </body></html>
            """
    }
}
