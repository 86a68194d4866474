/// A generated job-site page of about `bytes` bytes, as the sites detainees are sent to write
/// them: a navigation list, a search form, listing tables with inline styles and links, job
/// descriptions with lists, and an application form per block.
struct JobListingPage {
    static let cities = ["Brussels", "Liège", "Antwerpen", "Gent", "Namur", "Charleroi", "Leuven", "Mons", "Brugge", "Hasselt"]
    static let contracts = ["CDI", "CDD 6 mois", "Interim", "Temps partiel", "Vast contract", "Student"]

    /// The HTML text, UTF-8, with a `<title>`.
    static func html(bytes: Int, seed: UInt64) -> String {
        var text = BenchText(seed: seed, rareWords: 2_000)
        var html = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – Werkplein</title>
            <style>td { padding: 2px } .urgent { color: red }</style></head>
            <body style="font-family: sans-serif; margin: 0">
            <header><h1>Werkplein · Offres d'emploi</h1>
            <nav><ul><li><a href="/">Accueil</a></li><li><a href="/jobs/">Offres</a></li>
            <li><a href="/apply/">Postuler</a></li><li><a href="/contact.html">Contact</a></li></ul></nav></header>
            <form action="/search" method="get"><label>Métier <input type="text" name="q" value=""></label>
            <select name="city">\(cities.map { "<option>\($0)</option>" }.joined())</select>
            <input type="submit" value="Chercher"></form>
            <main>

            """
        var block = 0
        while html.utf8.count < bytes {
            html += section(block, text: &text)
            block += 1
        }
        html += "</main><footer><p>© Werkplein · <a href=\"/privacy.html\">Vie privée</a></p></footer></body></html>\n"
        return html
    }

    /// One block: a table of twenty offers, two descriptions with lists, an application form.
    private static func section(_ block: Int, text: inout BenchText) -> String {
        var html = "<section id=\"s\(block)\"><h2>\(text.sentence(words: 4))</h2>\n"
        html += "<table border=\"1\" style=\"border-collapse: collapse; width: 100%\">\n"
        html += "<tr><th>Poste</th><th>Lieu</th><th>Contrat</th><th>Publié</th></tr>\n"
        for row in 0..<20 {
            let id = block * 20 + row
            let style = row % 5 == 0 ? " class=\"urgent\" style=\"font-weight: bold\"" : ""
            html += "<tr\(style)><td><a href=\"/jobs/\(id).html\">\(text.sentence(words: 3))</a></td>"
            html += "<td>\(cities[id % cities.count])</td><td>\(contracts[id % contracts.count])</td>"
            html += "<td><span style=\"color: #666\">\(1 + id % 28)/02/2026</span></td></tr>\n"
        }
        html += "</table>\n"
        for item in 0..<2 {
            html += "<article><h3><a href=\"/jobs/\(block)-\(item).html\">\(text.sentence(words: 5))</a></h3>\n"
            html += "<p style=\"margin: 4px 0\">\(text.paragraph(words: 70)) <em>\(text.sentence(words: 6))</em></p>\n"
            html += "<ul>" + (0..<4).map { _ in "<li>\(text.sentence(words: 8))</li>" }.joined() + "</ul>\n"
            html += "<p><strong>Salaire :</strong> \(1_800 + block % 900) € brut · <a href=\"mailto:jobs@werkplein.example\">jobs@werkplein.example</a></p></article>\n"
        }
        html += """
            <form action="/apply/\(block)" method="post"><fieldset><legend>Postuler</legend>
            <label>Nom <input type="text" name="name"></label> <label>Message <textarea name="message" rows="3"></textarea></label>
            <label><input type="checkbox" name="cv"> CV joint</label>
            <input type="submit" value="Envoyer"></fieldset></form></section>

            """
        return html
    }
}
