import Foundation

/// Writes to the system log (journald under systemd), never to the screen the kiosk draws on.
enum SystemLog {
    private static let opened: Bool = {
        openlog("kiosk", LOG_PID, LOG_USER)
        return true
    }()

    static func warning(_ message: String) { write(LOG_WARNING, message) }
    static func notice(_ message: String) { write(LOG_NOTICE, message) }

    private static func write(_ priority: Int32, _ message: String) {
        _ = opened
        withVaList([message]) { vsyslog(priority, "%s", $0) }
    }
}
