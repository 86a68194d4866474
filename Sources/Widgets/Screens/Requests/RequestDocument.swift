import KioskCore

/// A request as one document: what was asked, field by field, then every entry of its thread,
/// oldest first. The form's review, the detainee's thread and the staff page all read it so.
///
/// Each entry starts with who wrote it and when, in bold; status changes and forwards say so in
/// words with their reason; an internal note stands in a quote bar under the words "internal
/// note", and entries a detainee may not see are left out of the detainee's copy whatever the
/// store gave.
enum RequestDocument {
    /// Who reads the thread: it decides who "you" is and what is shown.
    enum Reader {
        case detainee
        case staff(RequestRequester)
    }

    /// A label and its answer, one paragraph per field in the form's order; a field left empty
    /// says "not answered" when `showsUnanswered`. Answers to fields the catalogue no longer
    /// has follow, under their ids.
    static func asked(_ service: ServiceDefinition?, answers: [String: RequestAnswer], showsUnanswered: Bool,
                      _ state: AppState) -> [Document.Block] {
        let catalog = state.catalog
        var blocks: [Document.Block] = []
        for field in service?.fields ?? [] {
            let label = RequestLines.line(field.label.text(in: state.language))
            if let answer = answers[field.id] {
                blocks.append(entry(label, inlines(RequestLines.answer(answer, field: field, state))))
            } else if showsUnanswered {
                blocks.append(entry(label, [.text(catalog[.requestNotAnswered], [.emphasis])]))
            }
        }
        let known = Set(service?.fields.map(\.id) ?? [])
        for id in answers.keys.sorted() where !known.contains(id) {
            if let answer = answers[id] {
                blocks.append(entry(RequestLines.line(id), inlines(RequestLines.answer(answer, field: nil, state))))
            }
        }
        return blocks
    }

    /// The whole request: a heading and what was asked, a heading and every entry of the thread.
    static func request(_ thread: RequestThread, catalog services: ServiceCatalog?, reader: Reader,
                        _ state: AppState) -> Document {
        let catalog = state.catalog
        var blocks: [Document.Block] = [.heading(level: 2, [.text(catalog[.requestAskedHeading])])]
        blocks += asked(services?.service(thread.summary.service), answers: thread.answers, showsUnanswered: false, state)
        blocks.append(.heading(level: 2, [.text(catalog[.requestMessagesHeading])]))
        let entries = messages(thread, catalog: services, reader: reader, state)
        blocks += entries.isEmpty ? [.paragraph([.text(catalog[.requestNoMessages], [.emphasis])])] : entries
        return Document(title: RequestLines.service(thread.summary.service, services, state), blocks: blocks)
    }

    /// Every entry the reader may see, oldest first.
    static func messages(_ thread: RequestThread, catalog services: ServiceCatalog?, reader: Reader,
                         _ state: AppState) -> [Document.Block] {
        let catalog = state.catalog
        // The department that had the request when each entry was written: the one before the
        // first forward, then each forward's target.
        var department = thread.messages.lazy.compactMap { message -> String? in
            if case .forwarded(let from, _) = message.kind { return from }
            return nil
        }.first ?? thread.department
        var blocks: [Document.Block] = []
        for message in thread.messages {
            defer { if case .forwarded(_, let to) = message.kind { department = to } }
            if case .detainee = reader, !message.isForDetainee { continue }
            let who = author(message.author, department: department, services, reader: reader, state)
            let head = who + " · " + RequestLines.moment(message.at, state)
            let text = RequestLines.text(message.text)
            switch message.kind {
            case .message:
                blocks.append(entry(head, inlines(text)))
            case .statusChanged(let from, let to):
                let change = catalog.text(.requestStatusChanged, ["from": RequestLines.status(from, catalog),
                                                                  "to": RequestLines.status(to, catalog)])
                blocks.append(entry(head, [.text(change)] + reason(text, catalog)))
            case .forwarded(let from, let to):
                let forward = catalog.text(.requestForwarded, ["from": RequestLines.department(from, services, state),
                                                               "to": RequestLines.department(to, services, state)])
                blocks.append(entry(head, [.text(forward)] + reason(text, catalog)))
            case .internalNote:
                blocks.append(.quote([.paragraph([.text(catalog[.requestInternalNote], [.strong]), .lineBreak,
                                                  .text(head, [.strong]), .lineBreak] + inlines(text))]))
            case .assigned:
                let name = RequestLines.line(staffName(message.author, reader: reader, state))
                blocks.append(.paragraph([.text(catalog.text(.requestTakenEntry, ["name": name]) + " · "
                                                + RequestLines.moment(message.at, state))]))
            }
        }
        return blocks
    }

    /// A bold head line, then the lines under it.
    static func entry(_ head: String, _ body: [Document.Inline]) -> Document.Block {
        .paragraph([.text(head, [.strong]), .lineBreak] + body)
    }

    /// Text with its typed line breaks kept.
    static func inlines(_ text: String) -> [Document.Inline] {
        var inlines: [Document.Inline] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { inlines.append(.lineBreak) }
            if !line.isEmpty { inlines.append(.text(String(line))) }
        }
        return inlines
    }

    /// The document laid out for a width, with the layout's own words in the reader's language.
    static func layout(_ document: Document, width: Int, _ catalog: Catalog) -> DocumentLayout {
        DocumentLayout(document, width: width,
                       labels: DocumentLayout.Labels(image: catalog[.documentImage], submit: catalog[.documentSubmit]))
    }

    /// "Reason: …" on the lines under a change, nothing when none was given.
    private static func reason(_ text: String, _ catalog: Catalog) -> [Document.Inline] {
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        return [.lineBreak, .text(catalog[.requestReason] + " ")] + inlines(text)
    }

    /// "You", "Jean Dupont (1001)", or "Sophie Martens, Medical".
    private static func author(_ author: RequestMessage.Author, department: String, _ services: ServiceCatalog?,
                               reader: Reader, _ state: AppState) -> String {
        switch author {
        case .detainee:
            guard case .staff(let requester) = reader else { return state.catalog[.requestYou] }
            return RequestLines.line(requester.name) + " (" + RequestLines.line(requester.number) + ")"
        case .staff(let name):
            return state.catalog.text(.requestStaffAuthor, ["name": RequestLines.line(name),
                                                            "department": RequestLines.department(department, services, state)])
        }
    }

    private static func staffName(_ author: RequestMessage.Author, reader: Reader, _ state: AppState) -> String {
        switch author {
        case .staff(let name): name
        case .detainee: if case .staff(let requester) = reader { requester.name } else { state.catalog[.requestYou] }
        }
    }
}
