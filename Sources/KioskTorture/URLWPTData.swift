import Foundation

/// The inputs of the web-platform-tests URL data (`urltestdata.json`) and what browsers make of them.
struct URLWPTData {
    struct Entry {
        let input: String
        let base: String?
        /// Browsers refuse it.
        let failure: Bool
        /// The scheme browsers read, with its colon (`https:`), when they accept it.
        let scheme: String?
    }

    let path: String
    let entries: [Entry]

    /// `../shared/data/wpt-url/urltestdata.json` beside the checkout.
    static func defaultPath(root: URL) -> String {
        root.appendingPathComponent("../shared/data/wpt-url/urltestdata.json").standardizedFileURL.path
    }

    /// Nil when the file is absent; an error with the file and entry when it is not the format.
    static func load(path: String) throws -> URLWPTData? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let list = try JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw TortureSetupError("\(path): not a JSON array")
        }
        var entries: [Entry] = []
        for (index, item) in list.enumerated() {
            // Strings between the objects are comments.
            if item is String { continue }
            guard let object = item as? [String: Any], let input = object["input"] as? String else {
                throw TortureSetupError("\(path): entry \(index) is neither a comment nor an object with an input")
            }
            entries.append(Entry(input: input, base: object["base"] as? String, failure: object["failure"] as? Bool ?? false,
                                 scheme: object["protocol"] as? String))
        }
        return URLWPTData(path: path, entries: entries)
    }
}
