import Foundation
import KioskCore

/// The fictional people of the demo database, one source for the seed, the README and tests.
///
/// Everyone here is invented. The PIN and password are public on purpose: never seed a
/// production database with them.
public enum DemoAccounts {
    /// A demo detainee and the PIN they log in with.
    public struct Detainee: Equatable, Sendable {
        public var number: String
        public var name: String
        public var language: Language
        public var cell: String
        public var pin: String
    }

    /// A demo member of staff, their password and the departments whose request queues they work.
    public struct Staff: Equatable, Sendable {
        public var login: String
        public var name: String
        public var role: StaffRole
        public var language: Language
        public var password: String
        /// Ids of the demo service catalogue, sorted.
        public var departments: [String] = []
    }

    /// Every demo detainee's PIN.
    public static let pin = "1234"
    /// Every demo staff member's password.
    public static let password = "kiosk-demo-2026"

    public static let detainees: [Detainee] = [
        Detainee(number: "1001", name: "Julien Lambert", language: .fr, cell: "A-101", pin: pin),
        Detainee(number: "1002", name: "Pieter Janssens", language: .nl, cell: "A-102", pin: pin),
        Detainee(number: "1003", name: "Lukas Schmitz", language: .de, cell: "B-201", pin: pin),
        Detainee(number: "1004", name: "Daniel Okafor", language: .en, cell: "B-202", pin: pin),
        Detainee(number: "1005", name: "Marc Lemaire", language: .fr, cell: "C-301", pin: pin),
    ]

    /// The demo profile for detainees awaiting trial: no press, sections open 07:00 to 22:00,
    /// and an hour a day on job sites.
    public static let preTrial = AccessProfile(name: "pre-trial", sections: [.courses, .jobSites, .requests],
                                               hours: DailyHours(start: 7 * 60, end: 22 * 60), dailyMinutes: [.jobSites: 60])

    /// Demo detainees and the profile each has (the others have none: everything, any time).
    public static let profiles: [String: String] = ["1005": preTrial.name]

    public static let staff: [Staff] = [
        Staff(login: "admin", name: "Nathalie Dubois", role: .admin, language: .fr, password: password,
              departments: ["direction"]),
        Staff(login: "officer", name: "Koen Peeters", role: .officer, language: .nl, password: password),
        Staff(login: "medical", name: "Sophie Martens", role: .service, language: .fr, password: password,
              departments: ["medical"]),
        Staff(login: "social", name: "Els Wouters", role: .service, language: .nl, password: password,
              departments: ["psychosocial", "social"]),
    ]
}

/// What `seedDemo()` did, by number and login (never with secrets).
public struct SeedReport: Equatable, Sendable {
    public var created: [String]
    public var skipped: [String]

    public init(created: [String] = [], skipped: [String] = []) {
        self.created = created
        self.skipped = skipped
    }
}

extension AccountAdmin {
    /// Creates the demo accounts that do not exist yet, staff with their departments (whether
    /// or not a catalogue has them yet, audited as `staff.departments` by `demo-seed`);
    /// existing ones are left untouched.
    @discardableResult
    public func seedDemo(now: Date = Date()) throws(AdminError) -> SeedReport {
        var report = SeedReport()
        for person in DemoAccounts.detainees {
            // Checking first spares a KDF run per existing account.
            if try findDetainee(number: person.number) != nil {
                report.skipped.append(person.number)
                continue
            }
            do {
                try createDetainee(
                    number: person.number, pin: Secret(person.pin), name: person.name,
                    cell: person.cell, language: person.language, now: now)
                report.created.append(person.number)
            } catch .duplicateNumber {
                report.skipped.append(person.number)
            }
        }
        for person in DemoAccounts.staff {
            if try findStaff(login: person.login) != nil {
                report.skipped.append(person.login)
                continue
            }
            do {
                let account = try createStaff(
                    login: person.login, password: Secret(person.password), name: person.name,
                    role: person.role, language: person.language, now: now)
                try seedDepartments(person.departments, of: account, now: now)
                report.created.append(person.login)
            } catch .duplicateLogin {
                report.skipped.append(person.login)
            }
        }
        do {
            let profiles = AccessProfileRepository(database: database)
            if try !profiles.profiles().contains(where: { $0.name == DemoAccounts.preTrial.name }) {
                try profiles.save(DemoAccounts.preTrial, by: "demo-seed", now: now)
            }
            for (number, profile) in DemoAccounts.profiles where report.created.contains(number) {
                try profiles.assign(profile, toDetainee: number, by: "demo-seed", now: now)
            }
        } catch {
            throw .storage(StoreError(.notWritable, detail: error.description))
        }
        return report
    }

    /// Gives a demo member of staff just created their departments.
    private func seedDepartments(_ departments: [String], of account: StaffAccount, now: Date) throws(AdminError) {
        guard !departments.isEmpty else { return }
        let author = ChangeAuthor(actor: "demo-seed", terminal: AllowlistRepository.cliTerminal, at: now)
        do {
            try database.write { db in
                try StaffDepartmentRecord.replace(staff: account.id, with: departments, in: db)
                try RequestRepository.auditDepartments(departments, of: account.login, by: author, in: db)
            }
        } catch {
            throw .storage(error)
        }
    }
}
