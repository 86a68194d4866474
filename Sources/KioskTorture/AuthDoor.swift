import KioskHarness
import KioskCore

/// A login form the auth category guesses at: a detainee's number and PIN on the login
/// screen, or a member of staff's login and password behind F9.
enum AuthDoor {
    case detainee(number: String, pin: String)
    case staff(login: String, password: String)

    /// For the report: "detainee 1002", "staff officer".
    var name: String {
        switch self {
        case .detainee(let number, _): "detainee \(number)"
        case .staff(let login, _): "staff \(login)"
        }
    }

    var rightSecret: String {
        switch self {
        case .detainee(_, let pin): pin
        case .staff(_, let password): password
        }
    }

    /// A wrong secret of the right shape, drawn from the generator.
    func wrongGuess(_ random: inout SeededRandom) -> String {
        while true {
            let guess: String
            switch self {
            case .detainee: guess = String(format: "%04d", Int.random(in: 0...9999, using: &random))
            case .staff: guess = "kiosk-demo-" + String(Int.random(in: 1900...2100, using: &random))
            }
            if guess != rightSecret { return guess }
        }
    }

    /// From the login screen: opens the form and types the number or login, leaving the focus
    /// on the secret.
    func open(_ kiosk: FaultKiosk) {
        switch self {
        case .detainee(let number, _):
            kiosk.type(number)
        case .staff(let login, _):
            kiosk.press(.function(9))
            kiosk.type(login)
        }
        kiosk.press(.tab)
    }

    /// Types a secret and Enter; after a refusal the form keeps the name and clears the secret.
    func attempt(_ secret: String, on kiosk: FaultKiosk) {
        kiosk.type(secret)
        kiosk.press(.enter)
    }

    /// The line under the form, nil when the form is not on screen.
    func message(_ kiosk: FaultKiosk) -> LoginState.Message?? {
        switch (self, kiosk.runtime.state.route) {
        case (.detainee, .login(let form)): form.message
        case (.staff, .staffLogin(let form)): form.message
        default: nil
        }
    }

    /// Whether the attempt opened a session.
    func isLoggedIn(_ kiosk: FaultKiosk) -> Bool {
        switch self {
        case .detainee: kiosk.runtime.state.session != nil
        case .staff: kiosk.runtime.state.staff != nil
        }
    }
}
