import CKioskSignals

/// The lockdown signals and the exit-time restore: the only Swift file that calls the
/// `kiosk_sig_*` and `kiosk_exit_*` functions of CKioskSignals.
///
/// SIGINT, SIGQUIT and SIGTSTP are ignored; SIGHUP and SIGTERM only set a flag and wake the
/// input wait, so the run loop can save, restore the terminal and exit.
enum NcursesSignals {
    /// What woke `waitForInput`.
    enum Wake: Equatable {
        case input, signal, hangup, timeout
    }

    /// Ignores the interactive signals and installs the HUP/TERM/WINCH handlers; call after newterm.
    /// Returns false when a handler could not be installed.
    static func lockDown() -> Bool {
        kiosk_sig_ignore_interactive()
        return kiosk_sig_install() == 0
    }

    /// The SIGHUP or SIGTERM received, if any.
    static var stopSignal: Int32? {
        let signal = kiosk_sig_stop_signal()
        return signal == 0 ? nil : signal
    }

    /// Waits for input on `fd`, a signal, or the timeout (nil: forever), without spinning.
    static func waitForInput(fd: Int32, timeoutMilliseconds: Int?) -> Wake {
        let timeout = timeoutMilliseconds.map { Int32(clamping: max(0, $0)) } ?? -1
        switch kiosk_sig_wait_input(fd, timeout) {
        case 1: return .input
        case 2: return .signal
        case 3: return .hangup
        default: return .timeout
        }
    }

    /// Tells the exit-time handler whether curses owns the terminal (registers it once).
    static func setCursesActive(_ active: Bool) {
        kiosk_exit_set_active(active ? 1 : 0)
    }
}
