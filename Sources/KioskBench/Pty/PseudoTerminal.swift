import CPty
import Foundation

/// A pseudo-terminal pair: the master this process reads and writes, the slave's path a child opens.
///
/// The master is opened close-on-exec, so a spawned child holds only the slave.
final class PseudoTerminal {
    /// The master side, non-blocking.
    let master: Int32
    /// The slave's device path (`/dev/pts/N`).
    let slavePath: String

    /// Opens a pair and sets its window size.
    init(rows: Int, cols: Int) throws {
        let fd = kiosk_pty_open()
        guard fd >= 0 else { throw PtyError.system("posix_openpt", errno) }
        guard kiosk_pty_grant(fd) == 0 else { let code = errno; close(fd); throw PtyError.system("grantpt", code) }
        guard kiosk_pty_unlock(fd) == 0 else { let code = errno; close(fd); throw PtyError.system("unlockpt", code) }
        var name = [CChar](repeating: 0, count: 128)
        let status = kiosk_pty_name(fd, &name, name.count)
        guard status == 0 else { close(fd); throw PtyError.system("ptsname_r", status) }
        master = fd
        slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        try setSize(rows: rows, cols: cols)
    }

    deinit { close(master) }

    /// Sets the window size the child sees (TIOCSWINSZ); the child gets SIGWINCH.
    func setSize(rows: Int, cols: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw PtyError.system("ioctl(TIOCSWINSZ)", errno) }
    }
}
