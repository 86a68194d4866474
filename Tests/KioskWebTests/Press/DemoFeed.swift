import Foundation
import KioskCore

/// The demo feeds of `content/press/`, read from the package, as the press tests serve them.
enum DemoFeed: CaseIterable {
    case quartier, wijkkrant, courier

    /// The package root: this file is `Tests/KioskWebTests/Press/DemoFeed.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The file under `content/press/`.
    var fileName: String {
        switch self {
        case .quartier: "le-journal-du-quartier.xml"
        case .wijkkrant: "de-wijkkrant.xml"
        case .courier: "the-workshop-courier.xml"
        }
    }

    /// Where the loopback server serves it.
    var path: String {
        switch self {
        case .quartier: "/quartier.xml"
        case .wijkkrant: "/wijkkrant.atom"
        case .courier: "/courier.rdf"
        }
    }

    /// The URL the demo lists the source under (`content/press/README.md`).
    var demoURL: String { "https://press.example" + path }

    var name: String {
        switch self {
        case .quartier: "Le Journal du Quartier"
        case .wijkkrant: "De Wijkkrant"
        case .courier: "The Workshop Courier"
        }
    }

    var language: Language {
        switch self {
        case .quartier: .fr
        case .wijkkrant: .nl
        case .courier: .en
        }
    }

    var contentType: String {
        switch self {
        case .quartier: "application/rss+xml; charset=utf-8"
        case .wijkkrant: "application/atom+xml; charset=utf-8"
        case .courier: "application/rdf+xml; charset=utf-8"
        }
    }

    /// How many articles the file holds.
    var articleCount: Int {
        switch self {
        case .quartier: 6
        case .wijkkrant: 5
        case .courier: 5
        }
    }

    /// The file's bytes.
    func data() throws -> Data {
        try Data(contentsOf: Self.packageRoot.appendingPathComponent("content/press/\(fileName)"))
    }
}
