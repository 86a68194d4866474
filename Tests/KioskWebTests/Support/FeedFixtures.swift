import Foundation

/// Feeds written for these tests (made-up news), as real feeds are written: odd prefixes,
/// CDATA, escaped HTML, relative links, several date spellings, duplicates.
enum FeedFixtures {
    /// RSS 2.0 in French; `content:encoded` and Dublin Core under unusual prefixes.
    static let rss2French = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:auteur="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>Le Petit Journal &amp; Cie</title>
        <link>https://journal.example.fr/</link>
        <language>fr-FR</language>
        <item>
          <title>&lt;b&gt;Bibliothèque&lt;/b&gt; : horaires d&amp;#8217;été</title>
          <link>/articles/bibliotheque-ete</link>
          <guid isPermaLink="false">journal-1001</guid>
          <pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
          <auteur:creator>Jeanne Dupont</auteur:creator>
          <description><![CDATA[<p>La bibliothèque ouvre <em>plus tôt</em> cet été.</p>]]></description>
          <c:encoded><![CDATA[<p>Du lundi au vendredi, de 8 h à 18 h.</p><script>alert(1)</script>]]></c:encoded>
        </item>
        <item>
          <title><![CDATA[Concert de jazz <i>samedi</i>]]></title>
          <link>https://journal.example.fr/articles/jazz</link>
          <pubDate>11 Jun 25 20:30 +0200</pubDate>
          <author>redaction@journal.example.fr (La rédaction)</author>
          <description>Un concert &lt;strong&gt;gratuit&lt;/strong&gt; dans la cour.</description>
        </item>
        <item>
          <title>Bibliothèque : horaires d’été (mise à jour)</title>
          <link>https://journal.example.fr/articles/bibliotheque-ete-2</link>
          <guid isPermaLink="false">journal-1001</guid>
          <pubDate>Wed, 11 Jun 2025 09:00:00 GMT</pubDate>
        </item>
        <item>
          <title>Sans date ni identifiant</title>
          <description>Un article sans date.</description>
        </item>
        <item>
          <title>Sans date ni identifiant</title>
          <description>Le même, publié deux fois.</description>
        </item>
      </channel>
    </rss>
    """

    /// RSS 1.0 (RDF) in Dutch; items are siblings of the channel.
    static let rdfDutch = """
    <?xml version="1.0" encoding="utf-8"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://nieuws.example.nl/rss">
        <title>Het Dagblad</title>
        <link>https://nieuws.example.nl/</link>
        <dc:language>nl-BE</dc:language>
        <items><rdf:Seq><rdf:li rdf:resource="https://nieuws.example.nl/a/1"/></rdf:Seq></items>
      </channel>
      <item rdf:about="https://nieuws.example.nl/a/1">
        <title>Sporthal weer open na renovatie</title>
        <link>https://nieuws.example.nl/a/1</link>
        <description>De sporthal is vanaf maandag weer open.</description>
        <dc:date>2025-06-09T07:15:00+02:00</dc:date>
        <dc:creator>Pieter de Vries</dc:creator>
      </item>
      <item rdf:about="https://nieuws.example.nl/a/2">
        <title>Nieuwe cursus Nederlands</title>
        <link>https://nieuws.example.nl/a/2</link>
        <dc:date>2025-06-08</dc:date>
      </item>
    </rdf:RDF>
    """

    /// Atom 1.0 in English with `xml:base` on the feed and on an entry, and relative links.
    static let atomEnglish = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB" xml:base="https://news.example.org/blog/">
      <title type="html">Workshop &amp;amp; Learning News</title>
      <link rel="self" href="feed.atom"/>
      <link rel="alternate" type="text/html" href="./"/>
      <id>urn:uuid:1f0e4a52-0000-4000-8000-000000000000</id>
      <updated>2025-06-12T10:00:00Z</updated>
      <author><name>Editorial team</name></author>
      <entry>
        <title>Carpentry course: new places</title>
        <link href="2025/06/carpentry"/>
        <id>tag:news.example.org,2025:carpentry</id>
        <published>2025-06-12T09:30:00.25+01:00</published>
        <updated>2025-06-12T10:00:00Z</updated>
        <summary>Places &lt; 10 left: sign up soon.</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ten <b>new</b> places.</p></div></content>
      </entry>
      <entry xml:base="https://news.example.org/archive/">
        <title type="html">&lt;em&gt;Library&lt;/em&gt; closed on Monday</title>
        <link rel="enclosure" href="poster.pdf"/>
        <link rel="alternate" href="library-closed"/>
        <id>tag:news.example.org,2025:library</id>
        <updated>2025-06-11t08:00:00z</updated>
        <author><name>Sam Reader</name></author>
        <content type="html">&lt;p&gt;Closed for &lt;a href="/stock"&gt;stock-taking&lt;/a&gt;.&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>Unsafe links are dropped</title>
        <link href="javascript:alert(1)"/>
        <id>tag:news.example.org,2025:unsafe</id>
        <updated>2025-06-10T08:00:00Z</updated>
      </entry>
    </feed>
    """

    /// An RSS item whose title carries terminal escapes, OSC 52, a bidi override and C1 controls.
    static let hostileTitles = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Hostile\u{1B}[2J feed</title>
      <item>
        <title>Clear\u{1B}[2J screen \u{1B}]52;c;SGVsbG8=\u{07} clip \u{202E}txt.exe \u{9B}31m red \u{85}end</title>
        <guid>hostile-1</guid>
        <author>Eve\u{1B}]0;owned\u{07}</author>
        <description>body\u{1B}[5m blink</description>
      </item>
      <item>
        <title>Escaped &amp;#27;[2J and &amp;#x9B;31m and &amp;#8238;rtl</title>
        <guid>hostile-2</guid>
      </item>
    </channel></rss>
    """

    /// Not well-formed: the end tag on line 5 does not match.
    static let malformed = """
    <?xml version="1.0"?>
    <rss version="2.0">
      <channel>
        <title>Broken</title>
        <item><title>Oops</titel></item>
      </channel>
    </rss>
    """

    /// A billion-laughs document.
    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [
      <!ENTITY lol "lol">
      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
    ]>
    <rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>
    """

    /// An external entity pointing at a local file.
    static let externalEntity = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
    <rss version="2.0"><channel><title>XXE</title><item><title>&secret;</title></item></channel></rss>
    """

    /// A minimal RSS 2.0 document around `items` (written as XML).
    static func rss(title: String = "Test", items: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>\(title)</title><link>https://feeds.example.org/</link>
        \(items)
        </channel></rss>
        """
    }
}
