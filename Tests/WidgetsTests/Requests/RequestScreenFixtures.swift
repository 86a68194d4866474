import Foundation
import KioskCore
@testable import Widgets

/// The services, requests and sessions the request screen tests draw.
enum RequestFixture {
    static let what = ServiceField(id: "what", kind: .text, label: LocalizedText([.en: "What is it about?", .fr: "De quoi s'agit-il ?"]),
                                   help: LocalizedText("Say what hurts and since when."))
    static let day = ServiceField(id: "day", kind: .date, label: LocalizedText("Preferred day"), isRequired: false)
    static let guests = ServiceField(id: "guests", kind: .people, label: LocalizedText("Who is invited"),
                                     relations: [ServiceOption(id: "family", label: LocalizedText([.en: "Family", .fr: "Famille"])),
                                                 ServiceOption(id: "lawyer", label: LocalizedText("Lawyer"))])
    static let topics = ServiceField(id: "topics", kind: .choices, label: LocalizedText("Topics"),
                                     options: [ServiceOption(id: "housing", label: LocalizedText("Housing")),
                                               ServiceOption(id: "work", label: LocalizedText("Work")),
                                               ServiceOption(id: "debts", label: LocalizedText("Debts"))])
    static let size = ServiceField(id: "size", kind: .choice, label: LocalizedText("Size"),
                                   options: [ServiceOption(id: "s", label: LocalizedText("Small")),
                                             ServiceOption(id: "l", label: LocalizedText("Large"))])

    static let medical = ServiceDefinition(id: "medical", department: "medical",
                                           title: LocalizedText([.en: "Medical service", .fr: "Service médical"]),
                                           description: LocalizedText("A doctor or a nurse sees you."), openLimit: 1,
                                           fields: [what, day])
    static let network = ServiceDefinition(id: "network", department: "coordination", title: LocalizedText("Network meeting"),
                                           description: LocalizedText("Meet the people who help you."),
                                           fields: [guests, topics, size, what])
    static let library = ServiceDefinition(id: "library", department: "library", title: LocalizedText("Library"),
                                           description: LocalizedText("Ask for a book."), fields: [what])

    static let catalog = ServiceCatalog(
        departments: [ServiceDepartment(id: "medical", name: LocalizedText([.en: "Medical", .fr: "Médical"])),
                      ServiceDepartment(id: "coordination", name: LocalizedText("Coordination")),
                      ServiceDepartment(id: "library", name: LocalizedText("Library"))],
        services: [medical, network, library])

    /// Jean's open medical request, no. 12, with two replies unread.
    static let openMedical = RequestSummary(id: 12, service: "medical", status: .inProgress, sentAt: .morning,
                                            updatedAt: Date.morning.addingTimeInterval(3_600), unread: 2)
    static let closedLibrary = RequestSummary(id: 7, service: "library", status: .closed,
                                              sentAt: Date.morning.addingTimeInterval(-86_400 * 10), updatedAt: .morning)

    static let jean = RequestRequester(number: "1001", name: "Jean Dupont", cell: "A-101", wing: "A")
    static let sophie = StaffName(login: "medical", name: "Sophie Martens")

    /// The medical request with a reply, a status change with its reason, and (for staff) a
    /// note and the moment Sophie took it.
    static func medicalThread(forStaff: Bool) -> RequestThread {
        var messages = [
            RequestMessage(id: 1, at: Date.morning.addingTimeInterval(600), author: .staff(name: "Sophie Martens"), kind: .assigned,
                           text: ""),
            RequestMessage(id: 2, at: Date.morning.addingTimeInterval(1_200), author: .staff(name: "Sophie Martens"),
                           kind: .internalNote, text: "Check the file first"),
            RequestMessage(id: 3, at: Date.morning.addingTimeInterval(1_800), author: .staff(name: "Sophie Martens"), kind: .message,
                           text: "The dentist comes on Thursday.\nPlease be ready at 10:00."),
            RequestMessage(id: 4, at: Date.morning.addingTimeInterval(2_400), author: .detainee, kind: .message, text: "Thank you"),
            RequestMessage(id: 5, at: Date.morning.addingTimeInterval(3_600), author: .staff(name: "Sophie Martens"),
                           kind: .statusChanged(from: .inProgress, to: .approved), text: "Appointment on Thursday"),
        ]
        if !forStaff { messages.removeAll { !$0.isForDetainee } }
        var summary = openMedical
        summary.status = .approved
        return RequestThread(summary: summary, department: "medical",
                             answers: ["what": .text("Toothache\nsince Monday"), "day": .date("2026-03-05")], messages: messages)
    }

    static func detainee(_ routes: [Route], size: TerminalSize = .standard, language: Language = .en) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.session = DetaineeSession(account: DetaineeAccount(id: 1, number: "1001", name: "Jean", language: language, cell: "A-101"),
                                        lastActivity: .morning)
        state.language = language
        state.stack = [.home(HomeState(selection: 3))] + routes
        return state
    }

    static func staff(_ route: Route, size: TerminalSize = .standard, language: Language = .en,
                      departments: [String] = ["coordination", "medical"]) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.staff = StaffSession(account: StaffAccount(id: 3, login: "medical", name: "Sophie Martens", role: .service,
                                                         language: language, departments: departments),
                                   lastActivity: .morning)
        state.language = language
        state.stack = [.supervisorHome(SupervisorHomeState()), route]
        return state
    }

    static func frame(_ state: AppState) -> Frame {
        ScreenRenderer.render(state)
    }

    static func text(_ state: AppState) -> String {
        ScreenRenderer.render(state).buffer.lines.joined(separator: "\n")
    }
}
