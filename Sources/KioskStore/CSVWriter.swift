/// Writes RFC 4180 CSV that a spreadsheet opens as text, never as formulas.
///
/// Lines end with CRLF. A field holding a comma, a double quote, CR or LF is quoted, its quotes
/// doubled. A field that a spreadsheet would run as a formula (first character `=`, `+`, `-`,
/// `@`, tab or CR) gets a leading `'` first, as OWASP advises; `-5` is therefore written `'-5`.
enum CSVWriter {
    static let lineEnd = "\r\n"
    /// First characters that make Excel, LibreOffice or Google Sheets evaluate a cell.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    /// Characters that force a field into quotes.
    static let quotedCharacters: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]

    /// One line of CSV, CRLF included.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnd
    }

    /// One field, neutralised and quoted as needed.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: quotedCharacters.contains) else { return text }
        // Scalar by scalar: a quote followed by a combining mark is one Character, which a
        // Character-level replacement would miss, leaving a lone quote that ends the field.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
