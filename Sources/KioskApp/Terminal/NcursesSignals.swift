import CNcurses

/// The lockdown signals and the exit-time restore: the only Swift file that calls the
/// `kiosk_sig_*` and `kiosk_exit_*` C helpers (their state is per file, see `shim.h`).
///
/// SIGINT, SIGQUIT and SIGTSTP are ignored; SIGHUP and SIGTERM only set a flag and wake the
/// input wait, so the run loop can save, restore the terminal and exit.
///
/// Every member is `@inline(never)`: inlined into another file, a call would reach that file's
/// copy of the C state, where no signal is ever recorded (a release build then never stopped).
enum NcursesSignals {
    /// What woke `waitForInput`.
    enum Wake: Equatable {
        case input, signal, hangup, timeout
    }

    /// Ignores the interactive signals and installs the HUP/TERM/WINCH handlers; call after newterm.
    /// Returns false when a handler could not be installed.
    @inline(never)
    static func lockDown() -> Bool {
        kiosk_sig_ignore_interactive()
        return kiosk_sig_install() == 0
    }

    /// The SIGHUP or SIGTERM received, if any.
    static var stopSignal: Int32? {
        @inline(never) get {
            let signal = kiosk_sig_stop_signal()
            return signal == 0 ? nil : signal
        }
    }

    /// Waits for input on `fd`, a signal, or the timeout (nil: forever), without spinning.
    @inline(never)
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
    @inline(never)
    static func setCursesActive(_ active: Bool) {
        kiosk_exit_set_active(active ? 1 : 0)
    }
}
