import KioskCore

/// What the job-sites screens say in words: refusals, failures, what a key did, what is selected.
enum WebPageWords {
    /// Why an address was refused, for the detainee (the policy's own words only where they
    /// are about the address as typed).
    static func refusal(_ refusal: URLRefusal, _ catalog: Catalog) -> String {
        switch refusal {
        case .notListed(let host, let path):
            catalog.text(.webRefusedNotListed, ["address": TextLayout.truncate(host + path, width: 80)])
        case .formNotAllowed: catalog[.webRefusedForm]
        case .postNotAllowed: catalog[.webRefusedPost]
        case .unsupportedScheme, .schemeNotListed: catalog[.webRefusedScheme]
        case .portNotAllowed(let port): catalog.text(.webRefusedPort, ["port": String(port)])
        case .malformed(let defect): catalog.text(.webRefusedMalformed, ["reason": defect.description])
        }
    }

    /// Why an allowed address gave no page.
    static func failure(_ failure: PageFailure, _ catalog: Catalog) -> String {
        switch failure {
        case .timeout(let seconds): catalog.text(.webFailedTimeout, ["seconds": String(seconds)])
        case .tooLarge(let limit): catalog.text(.webFailedTooLarge, ["size": String(max(1, limit / 1024))])
        case .httpStatus(let status):
            switch status {
            case 404, 410: catalog.text(.webFailedNotFound, ["status": String(status)])
            case 401, 403: catalog.text(.webFailedDenied, ["status": String(status)])
            case 500...599: catalog.text(.webFailedServer, ["status": String(status)])
            default: catalog.text(.webFailedStatus, ["status": String(status)])
            }
        case .unsupportedType(let type): catalog.text(.webFailedType, ["type": TextLayout.truncate(type, width: 60)])
        case .tooManyRedirects(let limit): catalog.text(.webFailedRedirects, ["limit": String(limit)])
        case .network: catalog[.webFailedNetwork]
        }
    }

    /// What the last key did, with the role it is said in.
    static func notice(_ notice: JobSitesNotice, _ catalog: Catalog) -> (String, Role) {
        switch notice {
        case .bookmarkAdded: (catalog[.webBookmarkAdded], .success)
        case .bookmarkRemoved: (catalog[.webBookmarkRemoved], .success)
        case .bookmarksFull: ("! " + catalog.text(.webBookmarksFull, ["limit": String(Bookmark.limit)]), .warning)
        case .nothingToBookmark: ("! " + catalog[.webNothingToBookmark], .warning)
        case .noSuchLink(let number): ("! " + catalog.text(.webNoSuchLink, ["number": String(number)]), .warning)
        case .formCannotBeSent: ("! " + catalog[.webFormCannotBeSent], .warning)
        case .noMatch(let query): ("! " + catalog.text(.webNoMatch, ["query": query]), .warning)
        case .storeFailed(let failure): (SectionLines.failure(failure, catalog), .error)
        }
    }

    /// The selected link or field in a sentence: where a link leads, what a key does to a field.
    static func focus(_ target: Document.Target, in document: Document, _ catalog: Catalog) -> String? {
        switch target {
        case .link(let index):
            let links = document.links
            guard links.indices.contains(index) else { return nil }
            let url = links[index]
            return ">\(index + 1)< " + catalog.text(.webLinkSelected, ["number": String(index + 1), "url": url])
        case .field(let address):
            guard let field = document.field(at: address) else { return nil }
            let label = field.label.isEmpty ? (field.value.isEmpty ? field.name : field.value) : field.label
            let key: MessageKey = switch field.kind {
            case .text, .password, .textarea, .hidden: .webFieldText
            case .select, .radio: .webFieldChoice
            case .checkbox: .webFieldTick
            case .submit: .webFieldSubmit
            }
            return catalog.text(key, ["label": label])
        }
    }
}
