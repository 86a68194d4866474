import Foundation

/// A service catalogue generated for the menu figure: the repository's departments and 20
/// services with the menu's titles and one and the same description, so moving in the kiosk's
/// service picker changes only the two entries, as in `dialog --menu`.
enum BenchServiceCatalog {
    /// The TOML text: the departments of `content/services.toml`, then the generated services.
    static func toml(repositoryContent content: String) throws -> String {
        let source = try String(contentsOfFile: content + "/services.toml", encoding: .utf8)
        guard let firstService = source.range(of: "\n[[service]]") else {
            throw BenchShellError(command: "read \(content)/services.toml", status: 1, messages: "no [[service]] table in it")
        }
        let departments = String(source[..<firstService.lowerBound])
        let services = PeerScreens.menuItems.enumerated().map { index, title in
            let text = ["fr", "nl", "de", "en"].map { "title.\($0) = \"\(title)\"\ndescription.\($0) = \"Write to this service.\"" }
            return """
                [[service]]
                id = "bench-\(index + 1)"
                department = "social"
                \(text.joined(separator: "\n"))

                [[service.field]]
                id = "question"
                kind = "text"
                max-length = 200
                label.fr = "Question"
                label.nl = "Vraag"
                label.de = "Frage"
                label.en = "Question"
                """
        }
        return departments + "\n\n" + services.joined(separator: "\n\n") + "\n"
    }
}
