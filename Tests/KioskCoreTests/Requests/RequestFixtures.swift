import Foundation
@testable import KioskCore

extension ServiceField {
    static let what = ServiceField(id: "what", kind: .text, label: LocalizedText("What is it about?"), maxLength: 20)
    static let day = ServiceField(id: "day", kind: .date, label: LocalizedText("Preferred day"), isRequired: false)
    static let guests = ServiceField(id: "guests", kind: .people, label: LocalizedText("Who is invited"), maxLength: 2,
                                     relations: [ServiceOption(id: "family", label: LocalizedText("Family")),
                                                 ServiceOption(id: "friend", label: LocalizedText("Friend"))])
    static let topics = ServiceField(id: "topics", kind: .choices, label: LocalizedText("Topics"),
                                     options: [ServiceOption(id: "housing", label: LocalizedText("Housing")),
                                               ServiceOption(id: "work", label: LocalizedText("Work")),
                                               ServiceOption(id: "debts", label: LocalizedText("Debts"))])
    static let size = ServiceField(id: "size", kind: .choice, label: LocalizedText("Size"),
                                   options: [ServiceOption(id: "s", label: LocalizedText("Small")),
                                             ServiceOption(id: "l", label: LocalizedText("Large"))])
}

extension ServiceDefinition {
    static let medical = ServiceDefinition(id: "medical", department: "medical", title: LocalizedText("Medical service"),
                                           description: LocalizedText("A doctor or nurse."), openLimit: 1,
                                           fields: [.what, .day])
    static let network = ServiceDefinition(id: "network", department: "coordination", title: LocalizedText("Network meeting"),
                                           description: LocalizedText("Meet the people who help you."),
                                           fields: [.guests, .topics])
    static let canteen = ServiceDefinition(id: "canteen", department: "canteen", title: LocalizedText("Canteen"),
                                           description: LocalizedText("Orders."), fields: [.size])
}

extension ServiceCatalog {
    static let sample = ServiceCatalog(
        departments: [ServiceDepartment(id: "medical", name: LocalizedText("Medical")),
                      ServiceDepartment(id: "coordination", name: LocalizedText("Coordination")),
                      ServiceDepartment(id: "canteen", name: LocalizedText("Canteen"))],
        services: [.medical, .network, .canteen])
}

extension RequestSummary {
    /// Jean's open medical request, no. 12.
    static let openMedical = RequestSummary(id: 12, service: "medical", status: .inProgress, sentAt: .morning,
                                            updatedAt: .morning, unread: 1)
    static let closedCanteen = RequestSummary(id: 7, service: "canteen", status: .closed, sentAt: .morning,
                                              updatedAt: .morning)
}

extension RequestThread {
    static let medical = RequestThread(
        summary: .openMedical, department: "medical", answers: ["what": .text("Toothache")],
        messages: [RequestMessage(id: 1, at: .morning, author: .staff(name: "Sophie"), kind: .message, text: "Tomorrow 10:00")])
}

extension StaffAccount {
    /// A nurse of the medical department.
    static let nurse = StaffAccount(id: 3, login: "medical", name: "Sophie Martens", role: .service, language: .en,
                                    departments: ["coordination", "medical"])
}

extension AppState {
    /// A member of staff logged in on the supervisor menu at `Date.morning`.
    static func staffLoggedIn(_ account: StaffAccount = .nurse) -> AppState {
        var state = AppState(now: .morning)
        state.staff = StaffSession(account: account, lastActivity: .morning)
        state.language = account.language
        state.stack = [.supervisorHome(SupervisorHomeState())]
        return state
    }
}
